package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION_ALIAS;
import static org.liaisonlog.persistence.generated.Tables.PERSON;
import static org.liaisonlog.persistence.generated.Tables.PERSON_SPELLING;
import static org.liaisonlog.persistence.generated.Tables.TRIP;
import static org.liaisonlog.persistence.generated.Tables.TRIP_TRAVELLER;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.merge.MergeImpact;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * Merging one person or organisation into another: every reference moves to the one kept
 * (link rows that would repeat a key are dropped instead), the records whose references moved
 * take their next version (an editor still open on one must not write the old reference back),
 * and the merged one's names become other names of the one kept. Callers run this in a
 * transaction.
 */
final class JooqMerges {

    private final DSLContext dsl;

    JooqMerges(DSLContext dsl) {
        this.dsl = dsl;
    }

    MergeImpact personImpact(UUID id) {
        return new MergeImpact(dsl.fetchCount(ATTENDANCE, ATTENDANCE.PERSON_ID.eq(id)), 0, 0, 0,
                dsl.fetchCount(TRIP_TRAVELLER, TRIP_TRAVELLER.PERSON_ID.eq(id)));
    }

    MergeImpact organisationImpact(UUID id) {
        return new MergeImpact(dsl.fetchCount(ATTENDANCE, ATTENDANCE.ORGANISATION_ID.eq(id)),
                dsl.fetchCount(EVENT_ORGANISER, EVENT_ORGANISER.ORGANISATION_ID.eq(id)),
                dsl.fetchCount(PERSON, PERSON.ORGANISATION_ID.eq(id)),
                dsl.fetchCount(ORGANISATION, ORGANISATION.PARENT_ID.eq(id)), 0);
    }

    /** Moves the person's attendance and trips to {@code into}, keeps their names as spellings, deletes them. */
    void mergePeople(Person from, Person into) {
        UUID f = from.id();
        UUID t = into.id();
        OffsetDateTime now = Stamps.now();
        touchEvents(dsl.selectDistinct(ATTENDANCE.EVENT_ID).from(ATTENDANCE).where(ATTENDANCE.PERSON_ID.eq(f))
                .fetch(ATTENDANCE.EVENT_ID), now);
        dsl.update(ATTENDANCE).set(ATTENDANCE.PERSON_ID, t).set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .set(ATTENDANCE.UPDATED_AT, now).where(ATTENDANCE.PERSON_ID.eq(f)).execute();
        List<UUID> trips = dsl.select(TRIP_TRAVELLER.TRIP_ID).from(TRIP_TRAVELLER)
                .where(TRIP_TRAVELLER.PERSON_ID.eq(f)).fetch(TRIP_TRAVELLER.TRIP_ID);
        dsl.update(TRIP).set(TRIP.VERSION, TRIP.VERSION.plus(1)).set(TRIP.UPDATED_AT, now)
                .where(TRIP.ID.in(trips)).execute();
        dsl.deleteFrom(TRIP_TRAVELLER).where(TRIP_TRAVELLER.PERSON_ID.eq(f))
                .and(TRIP_TRAVELLER.TRIP_ID.in(dsl.select(TRIP_TRAVELLER.TRIP_ID).from(TRIP_TRAVELLER)
                        .where(TRIP_TRAVELLER.PERSON_ID.eq(t)))).execute();
        dsl.update(TRIP_TRAVELLER).set(TRIP_TRAVELLER.PERSON_ID, t).where(TRIP_TRAVELLER.PERSON_ID.eq(f)).execute();

        List<String> kept = new ArrayList<>(from.otherSpellings());
        kept.add(0, from.name());
        List<String> spellings = union(into.otherSpellings(), kept, List.of(into.name()));
        dsl.deleteFrom(PERSON_SPELLING).where(PERSON_SPELLING.PERSON_ID.eq(t)).execute();
        for (String spelling : spellings) {
            dsl.insertInto(PERSON_SPELLING).set(PERSON_SPELLING.PERSON_ID, t).set(PERSON_SPELLING.SPELLING, spelling)
                    .execute();
        }
        dsl.deleteFrom(PERSON).where(PERSON.ID.eq(f)).execute();
        int rows = dsl.update(PERSON).set(PERSON.VERSION, PERSON.VERSION.plus(1)).set(PERSON.UPDATED_AT, now)
                .where(PERSON.ID.eq(t)).execute();
        Stamps.requireOneRow(rows, t);
    }

    /**
     * Moves the organisation's attendance, organised events, people and sub-organisations to
     * {@code into}, keeps its names and acronym as other names, and deletes it.
     */
    void mergeOrganisations(Organisation from, Organisation into) {
        UUID f = from.id();
        UUID t = into.id();
        OffsetDateTime now = Stamps.now();
        List<UUID> events = new ArrayList<>(dsl.selectDistinct(ATTENDANCE.EVENT_ID).from(ATTENDANCE)
                .where(ATTENDANCE.ORGANISATION_ID.eq(f)).fetch(ATTENDANCE.EVENT_ID));
        events.addAll(dsl.select(EVENT_ORGANISER.EVENT_ID).from(EVENT_ORGANISER)
                .where(EVENT_ORGANISER.ORGANISATION_ID.eq(f)).fetch(EVENT_ORGANISER.EVENT_ID));
        touchEvents(events, now);
        dsl.update(ATTENDANCE).set(ATTENDANCE.ORGANISATION_ID, t).set(ATTENDANCE.VERSION, ATTENDANCE.VERSION.plus(1))
                .set(ATTENDANCE.UPDATED_AT, now).where(ATTENDANCE.ORGANISATION_ID.eq(f)).execute();
        dsl.deleteFrom(EVENT_ORGANISER).where(EVENT_ORGANISER.ORGANISATION_ID.eq(f))
                .and(EVENT_ORGANISER.EVENT_ID.in(dsl.select(EVENT_ORGANISER.EVENT_ID).from(EVENT_ORGANISER)
                        .where(EVENT_ORGANISER.ORGANISATION_ID.eq(t)))).execute();
        dsl.update(EVENT_ORGANISER).set(EVENT_ORGANISER.ORGANISATION_ID, t)
                .where(EVENT_ORGANISER.ORGANISATION_ID.eq(f)).execute();
        dsl.update(PERSON).set(PERSON.ORGANISATION_ID, t).set(PERSON.VERSION, PERSON.VERSION.plus(1))
                .set(PERSON.UPDATED_AT, now).where(PERSON.ORGANISATION_ID.eq(f)).execute();
        dsl.update(ORGANISATION).set(ORGANISATION.PARENT_ID, t).set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .set(ORGANISATION.UPDATED_AT, now).where(ORGANISATION.PARENT_ID.eq(f)).and(ORGANISATION.ID.ne(t))
                .execute();

        List<String> kept = new ArrayList<>();
        kept.add(from.name());
        kept.add(from.acronym());
        kept.add(from.nameRu());
        kept.addAll(from.otherNames());
        List<String> aliases = union(into.otherNames(), kept, List.of(into.name(), nonNull(into.acronym()),
                nonNull(into.nameRu()), into.displayName()));
        dsl.deleteFrom(ORGANISATION_ALIAS).where(ORGANISATION_ALIAS.ORGANISATION_ID.eq(t)).execute();
        for (String alias : aliases) {
            dsl.insertInto(ORGANISATION_ALIAS).set(ORGANISATION_ALIAS.ORGANISATION_ID, t)
                    .set(ORGANISATION_ALIAS.ALIAS, alias).execute();
        }
        dsl.deleteFrom(ORGANISATION).where(ORGANISATION.ID.eq(f)).execute();
        int rows = dsl.update(ORGANISATION).set(ORGANISATION.VERSION, ORGANISATION.VERSION.plus(1))
                .set(ORGANISATION.UPDATED_AT, now).where(ORGANISATION.ID.eq(t)).execute();
        Stamps.requireOneRow(rows, t);
    }

    private void touchEvents(List<UUID> eventIds, OffsetDateTime now) {
        if (!eventIds.isEmpty()) {
            dsl.update(EVENT).set(EVENT.VERSION, EVENT.VERSION.plus(1)).set(EVENT.UPDATED_AT, now)
                    .where(EVENT.ID.in(new LinkedHashSet<>(eventIds))).execute();
        }
    }

    /** The names kept and added, without blanks, repeats (as {@link Names#key} compares) or the excluded ones. */
    static List<String> union(List<String> kept, List<String> added, List<String> excluded) {
        Set<String> seen = new java.util.HashSet<>();
        excluded.forEach(n -> seen.add(Names.key(n)));
        List<String> result = new ArrayList<>();
        for (List<String> names : List.of(kept, added)) {
            for (String name : names) {
                if (name != null && !name.isBlank() && seen.add(Names.key(name))) {
                    result.add(name.strip());
                }
            }
        }
        return result;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
