package org.liaisonlog.logic.person;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.merge.MergeImpact;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.person.Person;

/** Stores people with the other spellings of their names. */
public interface PersonRepository {

    Person insert(Person person);

    /**
     * Updates a person read at {@code person.stamp().version()}, replacing the other spellings,
     * and returns them as stored, with the next version.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when changed or deleted since
     */
    Person update(Person person);

    /**
     * Deletes a person read at {@code version}.
     *
     * @throws org.liaisonlog.logic.catalogue.CatalogueException with key {@code error.personInUse}
     *         when an attendance line or a trip still names them; nothing is deleted
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when changed or deleted since
     */
    void delete(UUID id, int version);

    Optional<Person> findById(UUID id);

    /** All people, sorted by name. */
    List<Person> findAll();

    /**
     * The first {@code limit} people by name (ignoring case; not the interface language's full
     * collation), to show while all of them are read.
     */
    List<Person> findFirstByName(int limit);

    int count();

    /** How many distinct events each person attended, by person; people with none are absent. */
    Map<UUID, Integer> eventCounts();

    /** {@link #eventCounts()} for these people only. */
    Map<UUID, Integer> eventCounts(Collection<UUID> personIds);

    /** Every event the person attended, newest first. */
    List<AttendanceHistoryEntry> attendanceOfPerson(UUID personId);

    /** What merging the person into another would move. */
    MergeImpact mergeImpact(UUID id);

    /**
     * Merges {@code from} into {@code into} in one transaction: every reference to {@code from}
     * moves to {@code into}; its names are kept as other names of {@code into}, which
     * takes its next version; {@code from} is deleted.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when either is gone
     * @throws IllegalArgumentException when both are the same
     */
    void merge(UUID from, UUID into);
}
