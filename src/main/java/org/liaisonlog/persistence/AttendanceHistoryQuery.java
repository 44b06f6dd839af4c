package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION;
import static org.liaisonlog.persistence.generated.Tables.PERSON;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;

/**
 * The attendance history of a person or an organisation: one query joining ATTENDANCE with
 * EVENT (and the line's organisation and person for their names), newest event first. An
 * organisation's sub-organisations are found from the PARENT_ID map, read in one more query.
 */
final class AttendanceHistoryQuery {

    private final DSLContext dsl;

    AttendanceHistoryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<AttendanceHistoryEntry> ofPerson(UUID personId) {
        return fetch(ATTENDANCE.PERSON_ID.eq(personId));
    }

    List<AttendanceHistoryEntry> ofOrganisation(UUID organisationId, boolean includeSubOrganisations) {
        Collection<UUID> ids = includeSubOrganisations ? subtree(organisationId) : List.of(organisationId);
        return fetch(ATTENDANCE.ORGANISATION_ID.in(ids));
    }

    /** The organisation and all organisations below it through PARENT_ID (cycles are harmless). */
    Set<UUID> subtree(UUID root) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        dsl.select(ORGANISATION.ID, ORGANISATION.PARENT_ID)
                .from(ORGANISATION)
                .where(ORGANISATION.PARENT_ID.isNotNull())
                .fetch()
                .forEach(r -> children.computeIfAbsent(r.value2(), k -> new java.util.ArrayList<>()).add(r.value1()));
        Set<UUID> found = new LinkedHashSet<>();
        Deque<UUID> toVisit = new ArrayDeque<>(List.of(root));
        while (!toVisit.isEmpty()) {
            UUID id = toVisit.pop();
            if (found.add(id)) {
                toVisit.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }

    private List<AttendanceHistoryEntry> fetch(Condition condition) {
        Field<String> organisationName = ORGANISATION.NAME.as("ORGANISATION_NAME");
        Field<String> personName = PERSON.NAME.as("PERSON_NAME");
        return dsl.select(EVENT.ID, EVENT.TITLE, EVENT.START_DATE, EVENT.START_PRECISION, EVENT.CITY,
                        EVENT.COUNTRY_CODE, ATTENDANCE.CAPACITY, ATTENDANCE.ROLE, ATTENDANCE.TITLE,
                        ATTENDANCE.STATUS, ATTENDANCE.ORGANISATION_ID, organisationName, personName)
                .from(ATTENDANCE)
                .join(EVENT).on(EVENT.ID.eq(ATTENDANCE.EVENT_ID))
                .leftJoin(ORGANISATION).on(ORGANISATION.ID.eq(ATTENDANCE.ORGANISATION_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(ATTENDANCE.PERSON_ID))
                .where(condition)
                .orderBy(EVENT.START_DATE.desc().nullsLast(), DSL.upper(EVENT.TITLE), EVENT.ID,
                        ATTENDANCE.SORT_ORDER, ATTENDANCE.ID)
                .fetch(r -> toEntry(r, organisationName, personName));
    }

    private static AttendanceHistoryEntry toEntry(Record r, Field<String> organisationName, Field<String> personName) {
        return new AttendanceHistoryEntry(
                r.get(EVENT.ID),
                r.get(EVENT.TITLE),
                Codes.partialDate(r.get(EVENT.START_DATE), r.get(EVENT.START_PRECISION)),
                r.get(EVENT.CITY),
                r.get(EVENT.COUNTRY_CODE),
                Codes.parse(Capacity.class, r.get(ATTENDANCE.CAPACITY)),
                Codes.parse(ParticipantRole.class, r.get(ATTENDANCE.ROLE)),
                r.get(ATTENDANCE.TITLE),
                Codes.parse(AttendanceStatus.class, r.get(ATTENDANCE.STATUS)),
                r.get(ATTENDANCE.ORGANISATION_ID),
                r.get(organisationName),
                r.get(personName));
    }

    /** How many distinct events each value of the column attended. */
    Map<UUID, Integer> eventCounts(Field<UUID> column) {
        return eventCounts(column, column.isNotNull());
    }

    /** {@link #eventCounts(Field)} of these keys only. */
    Map<UUID, Integer> eventCounts(Field<UUID> column, Collection<UUID> keys) {
        return keys.isEmpty() ? Map.of() : eventCounts(column, column.in(keys));
    }

    private Map<UUID, Integer> eventCounts(Field<UUID> column, Condition which) {
        Field<Integer> count = DSL.countDistinct(ATTENDANCE.EVENT_ID);
        return dsl.select(column, count)
                .from(ATTENDANCE)
                .where(which)
                .groupBy(column)
                .fetchMap(column, count);
    }
}
