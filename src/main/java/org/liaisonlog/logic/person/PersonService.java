package org.liaisonlog.logic.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.history.Changes;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.history.RecordDifferences;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;
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
        return catalogue.transactions().inTransaction(() -> {
            if (!person.stamp().isStored()) {
                Person saved = catalogue.people().insert(person);
                catalogue.history().record(Changes.entry(ChangeKind.CREATE, RecordType.PERSON, saved.id(), saved.name()));
                return saved;
            }
            Optional<Person> before = catalogue.people().findById(person.id());
            Person saved = catalogue.people().update(person);
            catalogue.history().record(Changes.entry(ChangeKind.UPDATE, RecordType.PERSON, saved.id(), saved.name(),
                    before.map(b -> RecordDifferences.of(b, saved, this::organisationName)).orElse(List.of())));
            return saved;
        });
    }

    /**
     * Deletes the person read at {@code version}; refused while attendance or a trip names them.
     * Returns what it takes to put them back.
     */
    public Deleted delete(UUID id, int version) {
        return catalogue.transactions().inTransaction(() -> {
            Person person = catalogue.people().findById(id).orElseThrow(() -> new StaleRecordException(id));
            catalogue.people().delete(id, version);
            catalogue.history().record(Changes.entry(ChangeKind.DELETE, RecordType.PERSON, id, person.name()));
            return new Deleted(RecordType.PERSON, id, person.name(), () -> catalogue.transactions().inTransaction(() -> {
                catalogue.people().insert(person);
                catalogue.history().record(Changes.entry(ChangeKind.RESTORE, RecordType.PERSON, id, person.name()));
            }));
        });
    }

    /** The person's changes, newest first. */
    public List<ChangeEntry> changes(UUID id) {
        return catalogue.history().forRecord(id);
    }

    private String organisationName(UUID id) {
        return catalogue.organisations().findById(id).map(Organisation::displayName).orElse("");
    }

    public Optional<Person> find(UUID id) {
        return catalogue.people().findById(id);
    }

    /** The table's content: everybody, their organisations, countries and event counts. */
    public PersonList list() {
        return new PersonList(catalogue.people().findAll(), organisations(), countries(),
                catalogue.people().eventCounts());
    }

    /**
     * The table's first {@code limit} lines by name, with what they name, to show while
     * {@link #list()} reads everybody.
     */
    public PersonList first(int limit) {
        List<Person> people = catalogue.people().findFirstByName(limit);
        return new PersonList(people, organisations(), countries(),
                catalogue.people().eventCounts(people.stream().map(Person::id).toList()));
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
