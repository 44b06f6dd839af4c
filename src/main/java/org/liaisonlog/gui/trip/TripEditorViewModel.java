package org.liaisonlog.gui.trip;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.editor.EditorTexts;
import org.liaisonlog.gui.editor.RecordEditorViewModel;
import org.liaisonlog.gui.merge.DuplicateOffer;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.trip.TripEditingData;
import org.liaisonlog.gui.history.HistoryViewModel;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * The trip editor: a copy of the trip as editable properties, validated as typed; Save stores
 * it (with the people first named here) in the background and, if that fails, keeps everything
 * as typed and says why.
 */
public final class TripEditorViewModel extends RecordEditorViewModel<Trip> {

    private final TripChoices choices;
    private final TripService service;

    private final ObservableList<Person> travellers = FXCollections.observableArrayList();
    /** What is typed in the traveller field and not yet added (Enter adds it). */
    private final StringProperty travellerInput = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final ObjectProperty<TripStatus> status = new SimpleObjectProperty<>(TripStatus.PLANNED);
    private final ObservableList<TripLegRowViewModel> legs = FXCollections.observableArrayList();
    private final ObservableList<EventSummary> events = FXCollections.observableArrayList();
    /** What is typed in the event field and not yet added (picking a suggestion or Enter adds it). */
    private final StringProperty eventInput = new SimpleStringProperty("");
    private final StringProperty report = new SimpleStringProperty("");
    private final StringProperty followUp = new SimpleStringProperty("");

    private final TripValidation validation;
    private final HistoryViewModel history;
    private Consumer<UUID> eventOpener = id -> { };

    public TripEditorViewModel(Trip trip, TripEditingData data, TripService service, TaskExecutor executor,
                               DialogService dialogs, Messages messages, Consumer<UUID> onSaved) {
        super(trip, Trip::id, executor, dialogs, messages, onSaved, new EditorTexts("trip.saveFailed",
                "trip.discardQuestion", "trip.discardDetail", "trip.deleteFailed", "trip.reportSaveQuestion"));
        this.choices = new TripChoices(data);
        this.service = service;
        this.history = new HistoryViewModel(executor, trip == null ? null : () -> service.changes(trip.id()));
        this.validation = new TripValidation(messages);
        legs.addListener((ListChangeListener<TripLegRowViewModel>) c -> {
            while (c.next()) {
                c.getRemoved().forEach(row -> List.of(row.inputs()).forEach(i -> i.removeListener(onInput)));
                c.getAddedSubList().forEach(row -> List.of(row.inputs()).forEach(i -> i.addListener(onInput)));
            }
        });
        if (trip != null) {
            fill(trip);
            history.load();
        }
        listenTo(travellers, travellerInput, purpose, status, legs, events, eventInput, report, followUp);
        revalidate();
    }

    private void fill(Trip trip) {
        trip.travellerIds().forEach(id -> choices.person(id).ifPresent(travellers::add));
        purpose.set(nonNull(trip.purpose()));
        status.set(trip.status());
        trip.legs().forEach(leg -> legs.add(new TripLegRowViewModel(leg, choices.countries(), messages.language())));
        trip.eventIds().forEach(id -> choices.event(id).ifPresent(events::add));
        report.set(nonNull(trip.report()));
        followUp.set(nonNull(trip.followUp()));
    }

    /**
     * Fills a new trip for an event: the event attended, a leg at its place and dates, and the
     * purpose "To participate in …". Counts as a change (closing asks first).
     */
    public void prefillForEvent(UUID eventId, String city, String countryCode, PartialDate start, PartialDate end,
                                String title) {
        choices.event(eventId).ifPresent(e -> {
            if (!events.contains(e)) {
                events.add(e);
            }
        });
        TripLegRowViewModel leg = addLeg();
        leg.cityProperty().set(nonNull(city));
        leg.countryProperty().set(countryCode == null ? "" : choices.countries().name(countryCode, messages.language()));
        leg.fromProperty().set(start == null ? null : start.date());
        PartialDate last = end != null ? end : start;
        leg.toProperty().set(last == null ? null : last.lastDay());
        purpose.set(messages.format("trip.purposeForEvent", nonNull(title)));
    }

    /** The trip as it stands in the form. Unknown countries count as none. */
    @Override
    protected Trip candidate() {
        RecordStamp stamp = original == null ? RecordStamp.fresh() : original.stamp();
        List<TripLeg> tripLegs = legs.stream().map(l -> l.leg(choices.countries())).toList();
        return new Trip(stamp, travellers.stream().map(Person::id).distinct().toList(), purpose.get().strip(),
                tripLegs, events.stream().map(EventSummary::id).distinct().toList(),
                status.get() == null ? TripStatus.PLANNED : status.get(), blankToNull(report.get()),
                blankToNull(followUp.get()));
    }

    @Override
    protected void revalidate() {
        validation.update(candidate(), !travellerInput.get().isBlank(), !eventInput.get().isBlank(), legs,
                choices.countries());
    }

    /** Stores the trip with the people first named in it. */
    @Override
    protected void store(Trip trip, Consumer<UUID> saved, Consumer<Throwable> failed) {
        List<Person> newPeople = choices.newPeopleUsed(new HashSet<>(trip.travellerIds()));
        executor.run(() -> service.save(trip, newPeople), stored -> saved.accept(stored.id()), failed);
    }

    /** The trip's change history, for the History tab. */
    public HistoryViewModel history() {
        return history;
    }

    /** Deletes the trip being edited, after asking. */
    public void delete() {
        delete(() -> messages.format("trips.deleteQuestion", original.purpose()), "trips.deleteDetail",
                () -> service.delete(original.id(), original.stamp().version()));
    }

    /**
     * Adds a traveller by what the user typed: a person in the catalogue, or a new one. When the
     * text is a close spelling of a stored person's name, asks first whether that person was meant
     * (docs/decisions/0007). False when nothing was added because the question was closed.
     */
    public boolean addTraveller(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        List<Person> close = choices.closePeople(text);
        if (!close.isEmpty()) {
            switch (DuplicateOffer.ask(dialogs, messages, text, close.get(0).name())) {
                case USE_EXISTING -> choices.useExisting(text, close.get(0));
                case CANCELLED -> {
                    return false;
                }
                default -> { }
            }
        }
        addTraveller(choices.personNamed(text));
        return true;
    }

    public void addTraveller(Person person) {
        if (person != null && !travellers.contains(person)) {
            travellers.add(person);
        }
    }

    /** Adds the event whose title was typed; false when no event has that title. */
    public boolean addEvent(String title) {
        return choices.eventTitled(title).map(e -> {
            addEvent(e);
            return true;
        }).orElse(false);
    }

    public void addEvent(EventSummary event) {
        if (event != null && events.stream().noneMatch(e -> e.id().equals(event.id()))) {
            events.add(event);
        }
    }

    /** Adds an empty leg at the end and returns it. */
    public TripLegRowViewModel addLeg() {
        TripLegRowViewModel row = new TripLegRowViewModel(null, choices.countries(), messages.language());
        legs.add(row);
        return row;
    }

    /** Where an event of the trip opens (the events screen's editor). */
    public void setEventOpener(Consumer<UUID> eventOpener) {
        this.eventOpener = eventOpener;
    }

    /** Opens one of the trip's events in its own editor. */
    public void openEvent(EventSummary event) {
        if (event != null) {
            eventOpener.accept(event.id());
        }
    }

    public String originalPurpose() {
        return original == null ? "" : original.purpose();
    }

    public TripChoices choices() { return choices; }
    public TripValidation validation() { return validation; }
    @Override
    public ReadOnlyBooleanProperty validProperty() { return validation.validProperty(); }
    public ObservableList<Person> travellers() { return travellers; }
    public StringProperty travellerInputProperty() { return travellerInput; }
    public StringProperty purposeProperty() { return purpose; }
    public ObjectProperty<TripStatus> statusProperty() { return status; }
    public ObservableList<TripLegRowViewModel> legs() { return legs; }
    public ObservableList<EventSummary> events() { return events; }
    public StringProperty eventInputProperty() { return eventInput; }
    public StringProperty reportProperty() { return report; }
    public StringProperty followUpProperty() { return followUp; }
}
