package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.liaisonlog.gui.editor.EditorTexts;
import org.liaisonlog.gui.editor.RecordEditorViewModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventEditingData;
import org.liaisonlog.logic.event.EventField;
import org.liaisonlog.gui.history.HistoryViewModel;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.event.EventValidator;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;

/**
 * The event editor: a copy of the event as editable properties, validated as typed; Save
 * stores it in the background and, if that fails, keeps everything as typed and says why.
 */
public final class EventEditorViewModel extends RecordEditorViewModel<Event> {

    private final CatalogueChoices choices;
    private final EventService service;

    private final ObjectProperty<EventKind> kind = new SimpleObjectProperty<>(EventKind.CONFERENCE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty series = new SimpleStringProperty("");
    private final StringProperty edition = new SimpleStringProperty("");
    private final StringProperty motto = new SimpleStringProperty("");
    private final ObservableList<Organisation> organisers = FXCollections.observableArrayList();
    /** What is typed in the organiser field and not yet added (Enter adds it). */
    private final StringProperty organiserInput = new SimpleStringProperty("");
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty venue = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> startDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DatePrecision> startPrecision = new SimpleObjectProperty<>(DatePrecision.DAY);
    private final ObjectProperty<LocalDate> endDate = new SimpleObjectProperty<>();
    private final ObjectProperty<DatePrecision> endPrecision = new SimpleObjectProperty<>(DatePrecision.DAY);
    /** True while the date field holds text that is not a date. */
    private final BooleanProperty startUnreadable = new SimpleBooleanProperty(false);
    private final BooleanProperty endUnreadable = new SimpleBooleanProperty(false);
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty outcomes = new SimpleStringProperty("");
    private final ObservableSet<UUID> themeIds = FXCollections.observableSet(new HashSet<>());
    private final ObservableList<SourceRowViewModel> sources = FXCollections.observableArrayList(
            s -> new Observable[] {s.urlProperty(), s.publisherProperty(), s.publishedOnProperty(),
                    s.publishedUnreadableProperty(), s.textProperty()});
    private final ObservableList<ParticipantRowViewModel> participants = FXCollections.observableArrayList();

    private final ValidationState validation;
    private Consumer<Event> tripLogger;
    private final HistoryViewModel history;

    public EventEditorViewModel(Event event, EventEditingData data, EventService service, TaskExecutor executor,
                                DialogService dialogs, Messages messages, Consumer<UUID> onSaved) {
        super(event, Event::id, executor, dialogs, messages, onSaved, new EditorTexts("editor.saveFailed",
                "editor.discardQuestion", "editor.discardDetail", "editor.deleteFailed", "editor.reportSaveQuestion"));
        this.choices = new CatalogueChoices(data);
        this.service = service;
        this.history = new HistoryViewModel(executor, event == null ? null : () -> service.changes(event.id()),
                code -> choices.countries().name(code, messages.language()));
        if (event != null) {
            fill(event);
            history.load();
        }
        this.validation = new ValidationState(messages);
        listenTo(kind, title, series, edition, motto, organisers, organiserInput, city, country, venue, startDate, startPrecision,
                endDate, endPrecision, startUnreadable, endUnreadable, summary, outcomes, themeIds, sources, participants);
        revalidate();
    }

    private void fill(Event event) {
        String language = messages.language();
        kind.set(event.kind());
        title.set(nonNull(event.title()));
        series.set(nonNull(event.series()));
        edition.set(event.edition() == null ? "" : event.edition().toString());
        motto.set(nonNull(event.motto()));
        event.organiserIds().forEach(id -> choices.organisation(id).ifPresent(organisers::add));
        city.set(nonNull(event.city()));
        country.set(choices.countries().byCode(event.countryCode()).map(c -> c.name(language)).orElse(""));
        venue.set(nonNull(event.venue()));
        if (event.start() != null) {
            startDate.set(event.start().date());
            startPrecision.set(event.start().precision());
        }
        if (event.end() != null) {
            endDate.set(event.end().date());
            endPrecision.set(event.end().precision());
        }
        summary.set(nonNull(event.summary()));
        outcomes.set(nonNull(event.outcomes()));
        themeIds.addAll(event.themeIds());
        event.sources().forEach(s -> sources.add(new SourceRowViewModel(s)));
        event.attendance().forEach(a -> participants.add(new ParticipantRowViewModel(a, choices, messages)));
    }

    /** The event as it stands in the form. Unparseable numbers and countries count as empty. */
    @Override
    protected Event candidate() {
        RecordStamp stamp = original == null ? RecordStamp.fresh() : original.stamp();
        return new Event(stamp, kind.get() == null ? EventKind.OTHER : kind.get(), title.get().strip(),
                blankToNull(series.get()), parseEdition(), blankToNull(motto.get()),
                organisers.stream().map(Organisation::id).distinct().toList(), blankToNull(city.get()),
                choices.countries().find(country.get()).map(c -> c.code()).orElse(null), blankToNull(venue.get()),
                partial(startDate.get(), startPrecision.get()), partial(endDate.get(), endPrecision.get()),
                blankToNull(summary.get()), blankToNull(outcomes.get()), List.copyOf(themeIds),
                sources.stream().map(SourceRowViewModel::toSource).toList(),
                participants.stream().map(ParticipantRowViewModel::attendance).toList());
    }

    @Override
    protected void revalidate() {
        // A date that cannot be read is said first: the rules below would take it for no date.
        List<Problem<EventField>> problems = new ArrayList<>();
        if (startUnreadable.get()) {
            problems.add(new Problem<>(EventField.START, "validation.dateUnreadable"));
        }
        if (endUnreadable.get()) {
            problems.add(new Problem<>(EventField.END, "validation.dateUnreadable"));
        }
        if (sources.stream().anyMatch(s -> s.publishedUnreadableProperty().get() != null)) {
            problems.add(new Problem<>(EventField.SOURCES, "validation.dateUnreadable"));
        }
        problems.addAll(EventValidator.validate(candidate()));
        if (!organiserInput.get().isBlank()) {
            problems.add(new Problem<>(EventField.ORGANISERS, "validation.organiserNotAdded"));
        }
        if (!edition.get().isBlank() && parseEdition() == null) {
            problems.add(new Problem<>(EventField.EDITION, "validation.editionNumber"));
        }
        boolean badCountry = !country.get().isBlank() && choices.countries().find(country.get()).isEmpty();
        validation.update(problems, badCountry);
    }

    private Integer parseEdition() {
        try {
            return edition.get().isBlank() ? null : Integer.valueOf(edition.get().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Stores the event with the organisations and people first named in it. */
    @Override
    protected void store(Event event, Consumer<UUID> saved, Consumer<Throwable> failed) {
        Set<UUID> used = new HashSet<>(event.organiserIds());
        event.attendance().forEach(a -> {
            used.add(a.organisationId());
            used.add(a.personId());
        });
        List<Organisation> newOrganisations = choices.newOrganisationsUsed(used);
        var newPeople = choices.newPeopleUsed(used);
        executor.run(() -> service.save(event, newOrganisations, newPeople), stored -> saved.accept(stored.id()), failed);
    }

    /** Deletes the event being edited, after asking. */
    public void delete() {
        delete(() -> messages.format("events.deleteQuestion", original.title()), "events.deleteDetail",
                () -> service.delete(original.id(), original.stamp().version()));
    }

    /** The event's change history, for the History tab. */
    public HistoryViewModel history() {
        return history;
    }

    /** Where "Log a trip to this event" goes; without one the command is not offered. */
    public void setTripLogger(Consumer<Event> tripLogger) {
        this.tripLogger = tripLogger;
    }

    /** True when a trip can be logged to this event: it is stored and has no unsaved changes. */
    public boolean canLogTrip() {
        return tripLogger != null && original != null;
    }

    /** Closes the editor and starts a trip to this event, prefilled with its place and dates. */
    public void logTrip() {
        if (canLogTrip() && !changedProperty().get()) {
            close();
            tripLogger.accept(original);
        }
    }

    /** Adds an organiser by what the user typed: an existing organisation or a new one. */
    public void addOrganiser(String text) {
        if (text != null && !text.isBlank()) {
            List<Organisation> close = choices.closeMatches(text);
            if (!close.isEmpty()) {
                switch (org.liaisonlog.gui.merge.DuplicateOffer.ask(dialogs, messages, text, close.get(0).displayName())) {
                    case USE_EXISTING -> choices.useExisting(text, close.get(0));
                    case CANCELLED -> {
                        return;
                    }
                    default -> { }
                }
            }
            Organisation organisation = choices.organisationNamed(text);
            if (!organisers.contains(organisation)) {
                organisers.add(organisation);
            }
        }
    }

    public ParticipantEditorViewModel participantEditor(ParticipantRowViewModel row) {
        List<Attendance> others = participants.stream().filter(r -> r != row).map(ParticipantRowViewModel::attendance)
                .toList();
        return new ParticipantEditorViewModel(row == null ? null : row.attendance(), others, choices, messages);
    }

    /** Puts the participant form's result into the table: a new line, or the edited one. */
    public void applyParticipant(ParticipantRowViewModel row, ParticipantEditorViewModel editor) {
        editor.offerExisting(dialogs, messages);
        Attendance result = editor.result();
        if (row == null) {
            participants.add(new ParticipantRowViewModel(result, choices, messages));
        } else {
            row.setAttendance(result);
            inputChanged();
        }
    }

    private static PartialDate partial(LocalDate date, DatePrecision precision) {
        return date == null ? null : new PartialDate(date, precision == null ? DatePrecision.DAY : precision);
    }

    public CatalogueChoices choices() {
        return choices;
    }

    public ValidationState validation() {
        return validation;
    }

    @Override
    public ReadOnlyBooleanProperty validProperty() {
        return validation.validProperty();
    }

    public ObjectProperty<EventKind> kindProperty() { return kind; }
    public StringProperty titleProperty() { return title; }
    public StringProperty seriesProperty() { return series; }
    public StringProperty editionProperty() { return edition; }
    public StringProperty mottoProperty() { return motto; }
    public ObservableList<Organisation> organisers() { return organisers; }
    public StringProperty organiserInputProperty() { return organiserInput; }
    public StringProperty cityProperty() { return city; }
    public StringProperty countryProperty() { return country; }
    public StringProperty venueProperty() { return venue; }
    public ObjectProperty<LocalDate> startDateProperty() { return startDate; }
    public ObjectProperty<DatePrecision> startPrecisionProperty() { return startPrecision; }
    public ObjectProperty<LocalDate> endDateProperty() { return endDate; }
    public ObjectProperty<DatePrecision> endPrecisionProperty() { return endPrecision; }
    public BooleanProperty startUnreadableProperty() { return startUnreadable; }
    public BooleanProperty endUnreadableProperty() { return endUnreadable; }
    public StringProperty summaryProperty() { return summary; }
    public StringProperty outcomesProperty() { return outcomes; }
    public ObservableSet<UUID> themeIds() { return themeIds; }
    public ObservableList<SourceRowViewModel> sources() { return sources; }
    public ObservableList<ParticipantRowViewModel> participants() { return participants; }
}
