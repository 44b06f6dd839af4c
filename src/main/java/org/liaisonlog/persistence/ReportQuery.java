package org.liaisonlog.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.PERSON;
import static org.liaisonlog.persistence.generated.Tables.TRIP;
import static org.liaisonlog.persistence.generated.Tables.TRIP_LEG;
import static org.liaisonlog.persistence.generated.Tables.TRIP_TRAVELLER;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.liaisonlog.logic.report.PeriodEvent;
import org.liaisonlog.logic.report.PeriodTrip;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * What the period summary reads, set-based: the events of a date range in three queries (events,
 * their themes, the organisations that took part) and its trips in three (trips, travellers,
 * legs), whatever the number of events and trips.
 */
final class ReportQuery {

    private final DSLContext dsl;

    ReportQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The events whose days may overlap {@code from}–{@code to} ({@link PeriodEvent#overlaps}),
     * by start date, then title. Events without a start date are left out. The database narrows
     * the rows by stored dates (a partial end date is stored as the first day of its period, so
     * the narrowing keeps a year's slack); the exact test is made on the partial dates.
     */
    List<PeriodEvent> events(LocalDate from, LocalDate to) {
        Condition inRange = EVENT.START_DATE.isNotNull()
                .and(EVENT.START_DATE.le(to))
                .and(DSL.greatest(EVENT.START_DATE, DSL.coalesce(EVENT.END_DATE, EVENT.START_DATE))
                        .ge(from.minusYears(1)));
        Map<UUID, List<UUID>> themes = dsl.select(EVENT_THEME.EVENT_ID, EVENT_THEME.THEME_ID)
                .from(EVENT_THEME)
                .join(EVENT).on(EVENT.ID.eq(EVENT_THEME.EVENT_ID))
                .where(inRange)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
        Map<UUID, Set<UUID>> organisations = new LinkedHashMap<>();
        dsl.select(EVENT_ORGANISER.EVENT_ID, EVENT_ORGANISER.ORGANISATION_ID)
                .from(EVENT_ORGANISER)
                .join(EVENT).on(EVENT.ID.eq(EVENT_ORGANISER.EVENT_ID))
                .where(inRange)
                .unionAll(dsl.select(ATTENDANCE.EVENT_ID, ATTENDANCE.ORGANISATION_ID)
                        .from(ATTENDANCE)
                        .join(EVENT).on(EVENT.ID.eq(ATTENDANCE.EVENT_ID))
                        .where(inRange)
                        .and(ATTENDANCE.ORGANISATION_ID.isNotNull())
                        .and(ATTENDANCE.STATUS.eq(AttendanceStatus.ATTENDED.name())))
                .fetch()
                .forEach(r -> organisations.computeIfAbsent(r.value1(), k -> new LinkedHashSet<>()).add(r.value2()));
        return dsl.select(EVENT.ID, EVENT.KIND, EVENT.TITLE, EVENT.START_DATE, EVENT.START_PRECISION,
                        EVENT.END_DATE, EVENT.END_PRECISION, EVENT.CITY, EVENT.COUNTRY_CODE)
                .from(EVENT)
                .where(inRange)
                .orderBy(EVENT.START_DATE, EVENT.TITLE, EVENT.ID)
                .fetch(r -> new PeriodEvent(
                        r.value1(),
                        Codes.parse(EventKind.class, r.value2()),
                        r.value3(),
                        Codes.partialDate(r.value4(), r.value5()),
                        Codes.partialDate(r.value6(), r.value7()),
                        r.value8(),
                        r.value9(),
                        themes.getOrDefault(r.value1(), List.of()),
                        List.copyOf(organisations.getOrDefault(r.value1(), Set.of()))))
                .stream()
                .filter(e -> e.overlaps(from, to))
                .toList();
    }

    /**
     * The trips whose legs' days overlap {@code from}–{@code to}, by first day, then purpose.
     * A leg without an end counts its start; trips without dated legs are left out.
     */
    List<PeriodTrip> trips(LocalDate from, LocalDate to) {
        Field<LocalDate> first = DSL.min(TRIP_LEG.FROM_DATE).as("FIRST_DAY");
        Field<LocalDate> last = DSL.max(DSL.coalesce(TRIP_LEG.TO_DATE, TRIP_LEG.FROM_DATE)).as("LAST_DAY");
        Table<Record3<UUID, LocalDate, LocalDate>> span = dsl.select(TRIP_LEG.TRIP_ID, first, last)
                .from(TRIP_LEG)
                .where(TRIP_LEG.FROM_DATE.isNotNull())
                .groupBy(TRIP_LEG.TRIP_ID)
                .having(DSL.min(TRIP_LEG.FROM_DATE).le(to))
                .and(DSL.max(DSL.coalesce(TRIP_LEG.TO_DATE, TRIP_LEG.FROM_DATE)).ge(from))
                .asTable("SPAN");
        Field<UUID> spanTrip = span.field(TRIP_LEG.TRIP_ID);
        Map<UUID, List<String>> travellers = dsl.select(TRIP_TRAVELLER.TRIP_ID, PERSON.NAME)
                .from(TRIP_TRAVELLER)
                .join(span).on(spanTrip.eq(TRIP_TRAVELLER.TRIP_ID))
                .join(PERSON).on(PERSON.ID.eq(TRIP_TRAVELLER.PERSON_ID))
                .orderBy(TRIP_TRAVELLER.SORT_ORDER, TRIP_TRAVELLER.PERSON_ID)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
        Map<UUID, List<TripLeg>> legs = dsl.select(TRIP_LEG.TRIP_ID, TRIP_LEG.ID, TRIP_LEG.CITY,
                        TRIP_LEG.COUNTRY_CODE, TRIP_LEG.FROM_DATE, TRIP_LEG.TO_DATE)
                .from(TRIP_LEG)
                .join(span).on(spanTrip.eq(TRIP_LEG.TRIP_ID))
                .orderBy(TRIP_LEG.SORT_ORDER, TRIP_LEG.ID)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(
                        r -> new TripLeg(r.value2(), r.value3(), r.value4(), r.value5(), r.value6()), toList())));
        return dsl.select(TRIP.ID, TRIP.PURPOSE, TRIP.STATUS, span.field(first), span.field(last))
                .from(TRIP)
                .join(span).on(spanTrip.eq(TRIP.ID))
                .orderBy(span.field(first), TRIP.PURPOSE, TRIP.ID)
                .fetch(r -> new PeriodTrip(
                        r.value1(),
                        r.value2(),
                        Codes.parse(TripStatus.class, r.value3()),
                        r.value4(),
                        r.value5(),
                        travellers.getOrDefault(r.value1(), List.of()),
                        legs.getOrDefault(r.value1(), List.of())));
    }
}
