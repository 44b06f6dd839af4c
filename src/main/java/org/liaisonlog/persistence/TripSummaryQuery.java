package org.liaisonlog.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.liaisonlog.persistence.generated.Tables.COUNTRY;
import static org.liaisonlog.persistence.generated.Tables.PERSON;
import static org.liaisonlog.persistence.generated.Tables.TRIP;
import static org.liaisonlog.persistence.generated.Tables.TRIP_EVENT;
import static org.liaisonlog.persistence.generated.Tables.TRIP_LEG;
import static org.liaisonlog.persistence.generated.Tables.TRIP_TRAVELLER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.model.trip.TripSummary;

/**
 * The lines of the trips table in three queries, whatever the number of trips: the trips with
 * their first and last days and event counts, all travellers' names, all legs' places.
 */
final class TripSummaryQuery {

    private final DSLContext dsl;

    TripSummaryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every trip, latest first (by the first day of its legs; undated last, then by purpose). */
    List<TripSummary> fetchAll(String language) {
        Map<UUID, List<String>> travellers = travellerNames();
        Map<UUID, List<String>> destinations = destinations("ru".equals(language));
        Field<LocalDate> first = DSL.field(dsl.select(DSL.min(TRIP_LEG.FROM_DATE)).from(TRIP_LEG)
                .where(TRIP_LEG.TRIP_ID.eq(TRIP.ID)));
        Field<LocalDate> last = DSL.field(dsl.select(DSL.max(DSL.coalesce(TRIP_LEG.TO_DATE, TRIP_LEG.FROM_DATE)))
                .from(TRIP_LEG).where(TRIP_LEG.TRIP_ID.eq(TRIP.ID)));
        Field<Integer> events = DSL.field(dsl.selectCount().from(TRIP_EVENT).where(TRIP_EVENT.TRIP_ID.eq(TRIP.ID)));
        return dsl.select(TRIP.ID, TRIP.PURPOSE, TRIP.STATUS, first, last, events)
                .from(TRIP)
                .orderBy(first.desc().nullsLast(), TRIP.PURPOSE, TRIP.ID)
                .fetch(r -> new TripSummary(
                        r.value1(),
                        travellers.getOrDefault(r.value1(), List.of()),
                        r.value2(),
                        r.value4(),
                        r.value5(),
                        destinations.getOrDefault(r.value1(), List.of()),
                        Codes.parse(TripStatus.class, r.value3()),
                        r.value6() == null ? 0 : r.value6()));
    }

    /** Each trip's travellers by name, in their order. */
    private Map<UUID, List<String>> travellerNames() {
        return dsl.select(TRIP_TRAVELLER.TRIP_ID, PERSON.NAME)
                .from(TRIP_TRAVELLER)
                .join(PERSON).on(PERSON.ID.eq(TRIP_TRAVELLER.PERSON_ID))
                .orderBy(TRIP_TRAVELLER.SORT_ORDER, TRIP_TRAVELLER.PERSON_ID)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
    }

    /** Each trip's legs as "City, Country" (or just one of them), in leg order. */
    private Map<UUID, List<String>> destinations(boolean russian) {
        Field<String> country = russian ? COUNTRY.NAME_RU : COUNTRY.NAME_EN;
        return dsl.select(TRIP_LEG.TRIP_ID, TRIP_LEG.CITY, country)
                .from(TRIP_LEG)
                .leftJoin(COUNTRY).on(COUNTRY.CODE.eq(TRIP_LEG.COUNTRY_CODE))
                .orderBy(TRIP_LEG.SORT_ORDER, TRIP_LEG.ID)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(r -> place(r.value2(), r.value3()), toList())));
    }

    private static String place(String city, String country) {
        String c = city == null ? "" : city.strip();
        String n = country == null ? "" : country;
        return c.isEmpty() || n.isEmpty() ? c + n : c + ", " + n;
    }
}
