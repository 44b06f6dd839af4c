package org.liaisonlog.logic.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/** Listing, saving and deleting people, and their attendance history. */
public final class PersonService {

    private final Catalogue catalogue;

    public PersonService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Saves a person: inserts a new one, updates a stored one. Returns them as stored.
     *
     * @throws InvalidPersonException when they break a rule; nothing is written
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when changed elsewhere
     */
    public Person save(Person person) {
        List<Problem<PersonField>> problems = PersonValidator.validate(person);
        if (!problems.isEmpty()) {
            throw new InvalidPersonException(problems);
        }
        return person.stamp().isStored() ? catalogue.people().update(person) : catalogue.people().insert(person);
    }

    /** Deletes the person read at {@code version}; refused while attendance or a trip names them. */
    public void delete(UUID id, int version) {
        catalogue.people().delete(id, version);
    }

    public Optional<Person> find(UUID id) {
        return catalogue.people().findById(id);
    }

    /** The table's content: everybody, their organisations, countries and event counts. */
    public PersonList list() {
        return new PersonList(catalogue.people().findAll(), organisations(), countries(),
                catalogue.people().eventCounts());
    }

    /** What the editor offers to choose from. */
    public EditingData editingData() {
        return new EditingData(catalogue.organisations().findAll(), countries());
    }

    /** Every event the person attended, newest first. */
    public List<AttendanceHistoryEntry> history(UUID personId) {
        return catalogue.people().attendanceOfPerson(personId);
    }

    private Map<UUID, Organisation> organisations() {
        Map<UUID, Organisation> byId = new java.util.HashMap<>();
        catalogue.organisations().findAll().forEach(o -> byId.put(o.id(), o));
        return byId;
    }

    private CountryIndex countries() {
        return new CountryIndex(catalogue.countries().findAll());
    }

    /** The people table's content. */
    public record PersonList(List<Person> people, Map<UUID, Organisation> organisations, CountryIndex countries,
                             Map<UUID, Integer> eventCounts) {
    }

    /** The organisations and countries a person's form offers. */
    public record EditingData(List<Organisation> organisations, CountryIndex countries) {
    }

    /** A person that breaks a rule; the problems say where. */
    public static final class InvalidPersonException extends CatalogueException {

        private final transient List<Problem<PersonField>> problems;

        public InvalidPersonException(List<Problem<PersonField>> problems) {
            super(problems.get(0).messageKey(), "The person is not valid: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem<PersonField>> problems() {
            return problems;
        }
    }
}
