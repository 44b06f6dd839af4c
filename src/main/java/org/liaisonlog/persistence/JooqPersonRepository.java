package org.liaisonlog.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.liaisonlog.persistence.generated.Tables.PERSON;
import static org.liaisonlog.persistence.generated.Tables.PERSON_SPELLING;
import static org.liaisonlog.persistence.generated.Tables.TRIP_TRAVELLER;
import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.merge.MergeImpact;
import org.liaisonlog.logic.person.PersonRepository;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.persistence.generated.tables.records.PersonRecord;

/**
 * People in PERSON, the other spellings of their names in PERSON_SPELLING. Other spellings are
 * a set: read back in alphabetical order, repeats dropped.
 */
final class JooqPersonRepository implements PersonRepository {

    private final DSLContext dsl;
    private final JooqTransactions tx;
    private final AttendanceHistoryQuery history;
    private final JooqMerges merges;

    JooqPersonRepository(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
        this.history = new AttendanceHistoryQuery(dsl);
        this.merges = new JooqMerges(dsl);
    }

    @Override
    public Person insert(Person person) {
        UUID id = person.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            dsl.insertInto(PERSON)
                    .set(PERSON.ID, id)
                    .set(PERSON.NAME, person.name())
                    .set(PERSON.HONORIFIC, person.honorific())
                    .set(PERSON.POSITION, person.position())
                    .set(PERSON.ORGANISATION_ID, person.organisationId())
                    .set(PERSON.COUNTRY_CODE, person.countryCode())
                    .set(PERSON.NOTES, person.notes())
                    .set(PERSON.CREATED_AT, now)
                    .set(PERSON.UPDATED_AT, now)
                    .set(PERSON.VERSION, 0)
                    .execute();
            insertSpellings(id, person.otherSpellings());
            return findById(id).orElseThrow();
        });
    }

    /** Writes the person over the version they were read at, replacing the other spellings. */
    @Override
    public Person update(Person person) {
        UUID id = person.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            int rows = dsl.update(PERSON)
                    .set(PERSON.NAME, person.name())
                    .set(PERSON.HONORIFIC, person.honorific())
                    .set(PERSON.POSITION, person.position())
                    .set(PERSON.ORGANISATION_ID, person.organisationId())
                    .set(PERSON.COUNTRY_CODE, person.countryCode())
                    .set(PERSON.NOTES, person.notes())
                    .set(PERSON.UPDATED_AT, now)
                    .set(PERSON.VERSION, PERSON.VERSION.plus(1))
                    .where(PERSON.ID.eq(id))
                    .and(PERSON.VERSION.eq(person.stamp().version()))
                    .execute();
            Stamps.requireOneRow(rows, id);
            dsl.deleteFrom(PERSON_SPELLING).where(PERSON_SPELLING.PERSON_ID.eq(id)).execute();
            insertSpellings(id, person.otherSpellings());
            return findById(id).orElseThrow();
        });
    }

    /** Deletes the person unless an attendance line or a trip names them; spellings go with them. */
    @Override
    public void delete(UUID id, int version) {
        tx.inTransaction(() -> {
            boolean referenced = dsl.fetchExists(ATTENDANCE, ATTENDANCE.PERSON_ID.eq(id))
                    || dsl.fetchExists(TRIP_TRAVELLER, TRIP_TRAVELLER.PERSON_ID.eq(id));
            if (referenced) {
                throw new CatalogueException("error.personInUse",
                        "The person is named by attendance or a trip; nothing was deleted");
            }
            int rows = dsl.deleteFrom(PERSON)
                    .where(PERSON.ID.eq(id))
                    .and(PERSON.VERSION.eq(version))
                    .execute();
            Stamps.requireOneRow(rows, id);
        });
    }

    private void insertSpellings(UUID id, List<String> otherSpellings) {
        List<String> spellings = Codes.distinct(otherSpellings);
        if (!spellings.isEmpty()) {
            var insert = dsl.insertInto(PERSON_SPELLING, PERSON_SPELLING.PERSON_ID, PERSON_SPELLING.SPELLING);
            for (String spelling : spellings) {
                insert = insert.values(id, spelling);
            }
            insert.execute();
        }
    }

    @Override
    public MergeImpact mergeImpact(UUID id) {
        return tx.read(() -> merges.personImpact(id));
    }

    @Override
    public void merge(UUID from, UUID into) {
        if (from.equals(into)) {
            throw new IllegalArgumentException("A record cannot be merged into itself");
        }
        tx.inTransaction(() -> merges.mergePeople(
                findById(from).orElseThrow(() -> new StaleRecordException(from)),
                findById(into).orElseThrow(() -> new StaleRecordException(into))));
    }

    @Override
    public Map<UUID, Integer> eventCounts() {
        return tx.read(() -> history.eventCounts(ATTENDANCE.PERSON_ID));
    }

    @Override
    public Map<UUID, Integer> eventCounts(Collection<UUID> personIds) {
        return tx.read(() -> history.eventCounts(ATTENDANCE.PERSON_ID, personIds));
    }

    @Override
    public List<AttendanceHistoryEntry> attendanceOfPerson(UUID personId) {
        return tx.read(() -> history.ofPerson(personId));
    }

    @Override
    public Optional<Person> findById(UUID id) {
        return find(PERSON.ID.eq(id)).stream().findFirst();
    }

    @Override
    public List<Person> findAll() {
        return find(DSL.noCondition());
    }

    @Override
    public List<Person> findFirstByName(int limit) {
        return tx.read(() -> {
            List<UUID> first = dsl.select(PERSON.ID).from(PERSON)
                    .orderBy(DSL.upper(PERSON.NAME), PERSON.NAME, PERSON.ID)
                    .limit(limit)
                    .fetch(PERSON.ID);
            return first.isEmpty() ? List.<Person>of() : find(PERSON.ID.in(first));
        });
    }

    @Override
    public int count() {
        return tx.read(() -> dsl.fetchCount(PERSON));
    }

    /** The matching people by name, with their other spellings: two queries in all. */
    private List<Person> find(Condition condition) {
        return tx.read(() -> {
            List<PersonRecord> rows = dsl.selectFrom(PERSON)
                    .where(condition)
                    .orderBy(DSL.upper(PERSON.NAME), PERSON.NAME, PERSON.ID)
                    .fetch();
            if (rows.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<String>> spellings = dsl.select(PERSON_SPELLING.PERSON_ID, PERSON_SPELLING.SPELLING)
                    .from(PERSON_SPELLING)
                    .join(PERSON).on(PERSON.ID.eq(PERSON_SPELLING.PERSON_ID))
                    .where(condition)
                    .orderBy(PERSON_SPELLING.SPELLING)
                    .fetch()
                    .stream()
                    .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
            return rows.stream().map(r -> toPerson(r, spellings.getOrDefault(r.getId(), List.of()))).toList();
        });
    }

    private static Person toPerson(PersonRecord r, List<String> spellings) {
        return new Person(
                Stamps.stamp(r.getId(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt()),
                r.getName(),
                spellings,
                r.getHonorific(),
                r.getPosition(),
                r.getOrganisationId(),
                r.getCountryCode(),
                r.getNotes());
    }
}
