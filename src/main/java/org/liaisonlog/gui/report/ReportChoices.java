package org.liaisonlog.gui.report;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportKind;
import org.liaisonlog.logic.report.ReportTarget;
import org.liaisonlog.model.attendance.Capacity;

/**
 * What the officer has chosen on the reports screen: the kind of report, the event or trip
 * (from a list narrowed by typing), the period of a summary and the options. {@link #request()}
 * takes them as they are when Preview is pressed.
 */
public final class ReportChoices {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Messages messages;
    private final ObjectProperty<ReportKind> kind = new SimpleObjectProperty<>(ReportKind.ATTENDANCE);
    private List<ReportTarget> events = List.of();
    private List<ReportTarget> trips = List.of();
    private final ObservableList<ReportTarget> targets = FXCollections.observableArrayList();
    private final FilteredList<ReportTarget> shownTargets = new FilteredList<>(targets);
    private final StringProperty targetFilter = new SimpleStringProperty("");
    private final ObjectProperty<ReportTarget> target = new SimpleObjectProperty<>();
    private ReportTarget lastEvent;
    private ReportTarget lastTrip;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Locale> language;
    private final BooleanProperty showPeople = new SimpleBooleanProperty(true);
    private final BooleanProperty includeAbsent = new SimpleBooleanProperty(false);
    private final ObservableList<Capacity> groupOrder = FXCollections.observableArrayList(Capacity.values());
    private final ObjectProperty<Integer> blankRows = new SimpleObjectProperty<>(10);
    private final ObjectProperty<PaperSize> paper = new SimpleObjectProperty<>(PaperSize.A4);
    private final StringBinding problem;

    /** Choices for a new screen: the attendance report in the interface language, the summary over this year. */
    public ReportChoices(Messages messages, LocalDate today) {
        this.messages = messages;
        this.language = new SimpleObjectProperty<>("ru".equals(messages.language()) ? RUSSIAN : ENGLISH);
        from.set(today.withDayOfYear(1));
        to.set(today.withDayOfYear(today.lengthOfYear()));
        kind.addListener((obs, old, now) -> showTargetsOf(now));
        target.addListener((obs, old, now) -> {
            if (now != null) {
                if (kind.get() == ReportKind.TRIP) {
                    lastTrip = now;
                } else {
                    lastEvent = now;
                }
            }
        });
        targetFilter.addListener((obs, old, text) -> {
            String[] words = Names.key(text).split(" ");
            shownTargets.setPredicate(words.length == 1 && words[0].isEmpty() ? null
                    : t -> matches(Names.key(t.label()) + " " + t.id(), words));
        });
        problem = Bindings.createStringBinding(this::whatIsMissing, kind, target, from, to);
    }

    private static boolean matches(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private String whatIsMissing() {
        return switch (kind.get()) {
            case ATTENDANCE, SIGN_IN -> target.get() == null ? messages.get("reports.chooseEvent") : "";
            case TRIP -> target.get() == null ? messages.get("reports.chooseTrip") : "";
            case SUMMARY -> from.get() == null || to.get() == null ? messages.get("reports.choosePeriod")
                    : to.get().isBefore(from.get()) ? messages.get("reports.periodBackwards") : "";
        };
    }

    private void showTargetsOf(ReportKind now) {
        targets.setAll(now == ReportKind.TRIP ? trips : now == ReportKind.SUMMARY ? List.of() : events);
        ReportTarget remembered = now == ReportKind.TRIP ? lastTrip : now == ReportKind.SUMMARY ? null : lastEvent;
        target.set(remembered == null ? null : find(remembered.id()).orElse(null));
    }

    /** The events and trips to choose from, read again; the one chosen stays chosen if it is still there. */
    public void setTargets(List<ReportTarget> events, List<ReportTarget> trips) {
        this.events = List.copyOf(events);
        this.trips = List.copyOf(trips);
        showTargetsOf(kind.get());
    }

    /** Chooses a report of the event or trip with this key; false when it is not in the lists. */
    public boolean select(ReportKind reportKind, UUID id) {
        kind.set(reportKind);
        Optional<ReportTarget> found = find(id);
        if (found.isPresent() && !shownTargets.contains(found.get())) {
            targetFilter.set("");
        }
        target.set(found.orElse(null));
        return found.isPresent();
    }

    private Optional<ReportTarget> find(UUID id) {
        return targets.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    /** Moves a group one place earlier in the attendance report. */
    public void moveUp(Capacity group) {
        int i = groupOrder.indexOf(group);
        if (i > 0) {
            Collections.swap(groupOrder, i, i - 1);
        }
    }

    /** Moves a group one place later in the attendance report. */
    public void moveDown(Capacity group) {
        int i = groupOrder.indexOf(group);
        if (i >= 0 && i < groupOrder.size() - 1) {
            Collections.swap(groupOrder, i, i + 1);
        }
    }

    /** Everything that changes the report made, for telling the preview it is out of date. */
    Observable[] dependencies() {
        return new Observable[] {kind, target, from, to, language, showPeople, includeAbsent, groupOrder, blankRows,
                paper};
    }

    /** The choices as they are now, or empty while something the report needs is missing. */
    public Optional<ReportRequest> request() {
        if (!problem.get().isEmpty()) {
            return Optional.empty();
        }
        // What a kind of report does not use is left at a fixed value, so that changing it changes no request.
        boolean summary = kind.get() == ReportKind.SUMMARY;
        boolean attendance = kind.get() == ReportKind.ATTENDANCE;
        boolean signIn = kind.get() == ReportKind.SIGN_IN;
        return Optional.of(new ReportRequest(kind.get(), summary ? null : target.get().id(),
                summary ? from.get() : null, summary ? to.get() : null, language.get(),
                attendance ? List.copyOf(groupOrder) : List.of(), !attendance || showPeople.get(),
                attendance && includeAbsent.get(), signIn && blankRows.get() != null ? blankRows.get() : 0,
                paper.get()));
    }

    public ObjectProperty<ReportKind> kindProperty() {
        return kind;
    }

    /** The events or trips of the chosen kind that the filter lets through. */
    public ObservableList<ReportTarget> targets() {
        return shownTargets;
    }

    public StringProperty targetFilterProperty() {
        return targetFilter;
    }

    public ObjectProperty<ReportTarget> targetProperty() {
        return target;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    public BooleanProperty showPeopleProperty() {
        return showPeople;
    }

    public BooleanProperty includeAbsentProperty() {
        return includeAbsent;
    }

    public ObservableList<Capacity> groupOrder() {
        return groupOrder;
    }

    public ObjectProperty<Integer> blankRowsProperty() {
        return blankRows;
    }

    public ObjectProperty<PaperSize> paperProperty() {
        return paper;
    }

    /** Why no report can be made yet ("Choose an event."), or empty when it can. */
    public StringBinding problemProperty() {
        return problem;
    }
}
