package org.liaisonlog.logic.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

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
            return event.stamp().isStored() ? catalogue.events().update(event) : catalogue.events().insert(event);
        });
    }

    public void delete(UUID id, int version) {
        catalogue.events().delete(id, version);
    }

    /** Deletes the event as it is now, with its attendance, themes and sources. */
    public void delete(UUID id) {
        catalogue.transactions().inTransaction(() -> catalogue.events().findById(id)
                .ifPresent(event -> catalogue.events().delete(id, event.stamp().version())));
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
