package org.liaisonlog.logic.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.history.Changes;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.history.RecordDifferences;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;

/** Saving and deleting events, with the people and organisations first named in the editor. */
public final class EventService {

    private final Catalogue catalogue;

    public EventService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Saves an event in one transaction, together with organisations and people created while
     * editing it. Returns the event as stored.
     *
     * @throws InvalidEventException when the event breaks a rule; nothing is written
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed elsewhere
     */
    public Event save(Event event, List<Organisation> newOrganisations, List<Person> newPeople) {
        List<Problem<EventField>> problems = EventValidator.validate(event);
        if (!problems.isEmpty()) {
            throw new InvalidEventException(problems);
        }
        return catalogue.transactions().inTransaction(() -> {
            newOrganisations.forEach(catalogue.organisations()::insert);
            newPeople.forEach(catalogue.people()::insert);
            if (!event.stamp().isStored()) {
                Event saved = catalogue.events().insert(event);
                catalogue.history().record(Changes.entry(ChangeKind.CREATE, RecordType.EVENT, saved.id(), saved.title()));
                return saved;
            }
            Optional<Event> before = catalogue.events().findById(event.id());
            Event saved = catalogue.events().update(event);
            catalogue.history().record(Changes.entry(ChangeKind.UPDATE, RecordType.EVENT, saved.id(), saved.title(),
                    before.map(b -> RecordDifferences.of(b, saved)).orElse(List.of())));
            return saved;
        });
    }

    /**
     * Deletes the event read at {@code version}, with its attendance, themes and sources, and
     * returns what it takes to put it back (with the trips that referred to it).
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    public Deleted delete(UUID id, int version) {
        return catalogue.transactions().inTransaction(() -> {
            Event event = catalogue.events().findById(id)
                    .orElseThrow(() -> new org.liaisonlog.logic.catalogue.StaleRecordException(id));
            List<UUID> trips = catalogue.trips().findAll().stream()
                    .filter(t -> t.eventIds().contains(id)).map(Trip::id).toList();
            catalogue.events().delete(id, version);
            catalogue.history().record(Changes.entry(ChangeKind.DELETE, RecordType.EVENT, id, event.title()));
            return new Deleted(RecordType.EVENT, id, event.title(), () -> restore(event, trips));
        });
    }

    /** Deletes the event as it is now; empty when it was already gone. */
    public Optional<Deleted> delete(UUID id) {
        return catalogue.transactions().inTransaction(() -> catalogue.events().findById(id)
                .map(event -> delete(id, event.stamp().version())));
    }

    /** Puts a deleted event back with the same keys, and links the trips that referred to it again. */
    private void restore(Event event, List<UUID> tripIds) {
        catalogue.transactions().inTransaction(() -> {
            catalogue.events().insert(event);
            for (UUID tripId : tripIds) {
                catalogue.trips().findById(tripId).filter(t -> !t.eventIds().contains(event.id())).ifPresent(t -> {
                    List<UUID> events = new ArrayList<>(t.eventIds());
                    events.add(event.id());
                    catalogue.trips().update(new Trip(t.stamp(), t.travellerIds(), t.purpose(), t.legs(), events,
                            t.status(), t.report(), t.followUp()));
                });
            }
            catalogue.history().record(Changes.entry(ChangeKind.RESTORE, RecordType.EVENT, event.id(), event.title()));
        });
    }

    /** The event's changes, newest first. */
    public List<ChangeEntry> changes(UUID id) {
        return catalogue.history().forRecord(id);
    }

    public Optional<Event> find(UUID id) {
        return catalogue.events().findById(id);
    }

    /** Everything the editor offers to choose from, read in one go. */
    public EventEditingData editingData() {
        return new EventEditingData(catalogue.organisations().findAll(), catalogue.people().findAll(),
                new CountryIndex(catalogue.countries().findAll()),
                catalogue.themes().findAll(), catalogue.events().findCities());
    }

    /** The table's lines, names in the language ("ru" or "en"), and the countries to name places with. */
    public EventList list(String language) {
        return new EventList(catalogue.events().findAllSummaries(language),
                new CountryIndex(catalogue.countries().findAll()));
    }

    /** The table's first {@code limit} lines (the newest events), to show while all are read. */
    public EventList newest(String language, int limit) {
        return new EventList(catalogue.events().findNewestSummaries(language, limit),
                new CountryIndex(catalogue.countries().findAll()));
    }

    /** The events table's content. */
    public record EventList(List<EventSummary> events,
                            CountryIndex countries) {
    }

    /** An event that breaks a rule; the problems say where. */
    public static final class InvalidEventException extends CatalogueException {

        private final transient List<Problem<EventField>> problems;

        public InvalidEventException(List<Problem<EventField>> problems) {
            super(problems.get(0).messageKey(), "The event is not valid: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem<EventField>> problems() {
            return problems;
        }
    }
}
