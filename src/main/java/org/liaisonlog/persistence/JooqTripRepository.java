package org.liaisonlog.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.TRIP;
import static org.liaisonlog.persistence.generated.Tables.TRIP_EVENT;
import static org.liaisonlog.persistence.generated.Tables.TRIP_LEG;
import static org.liaisonlog.persistence.generated.Tables.TRIP_TRAVELLER;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.liaisonlog.logic.report.PeriodTrip;
import org.liaisonlog.logic.trip.TripRepository;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.model.trip.TripSummary;
import org.liaisonlog.persistence.generated.tables.records.TripEventRecord;
import org.liaisonlog.persistence.generated.tables.records.TripLegRecord;
import org.liaisonlog.persistence.generated.tables.records.TripRecord;
import org.liaisonlog.persistence.generated.tables.records.TripTravellerRecord;

/**
 * Trips in TRIP with TRIP_TRAVELLER and TRIP_LEG (both in list order) and TRIP_EVENT (no order
 * column: events come back by date, then title).
 */
final class JooqTripRepository implements TripRepository {

    private final DSLContext dsl;
    private final JooqTransactions tx;
    private final TripSummaryQuery summaries;

    JooqTripRepository(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
        this.summaries = new TripSummaryQuery(dsl);
    }

    @Override
    public Trip insert(Trip trip) {
        UUID id = trip.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            dsl.insertInto(TRIP)
                    .set(TRIP.ID, id)
                    .set(TRIP.PURPOSE, trip.purpose())
                    .set(TRIP.STATUS, Codes.name(trip.status()))
                    .set(TRIP.REPORT, trip.report())
                    .set(TRIP.FOLLOW_UP, trip.followUp())
                    .set(TRIP.CREATED_AT, now)
                    .set(TRIP.UPDATED_AT, now)
                    .set(TRIP.VERSION, 0)
                    .execute();
            insertChildren(trip);
            return findById(id).orElseThrow();
        });
    }

    /** Writes the trip over the version it was read at, replacing its travellers, legs and events. */
    @Override
    public Trip update(Trip trip) {
        UUID id = trip.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            int rows = dsl.update(TRIP)
                    .set(TRIP.PURPOSE, trip.purpose())
                    .set(TRIP.STATUS, Codes.name(trip.status()))
                    .set(TRIP.REPORT, trip.report())
                    .set(TRIP.FOLLOW_UP, trip.followUp())
                    .set(TRIP.UPDATED_AT, now)
                    .set(TRIP.VERSION, TRIP.VERSION.plus(1))
                    .where(TRIP.ID.eq(id))
                    .and(TRIP.VERSION.eq(trip.stamp().version()))
                    .execute();
            Stamps.requireOneRow(rows, id);
            dsl.deleteFrom(TRIP_TRAVELLER).where(TRIP_TRAVELLER.TRIP_ID.eq(id)).execute();
            dsl.deleteFrom(TRIP_LEG).where(TRIP_LEG.TRIP_ID.eq(id)).execute();
            dsl.deleteFrom(TRIP_EVENT).where(TRIP_EVENT.TRIP_ID.eq(id)).execute();
            insertChildren(trip);
            return findById(id).orElseThrow();
        });
    }

    /** Deletes the trip read at {@code version}; travellers, legs and event links go with it (CASCADE). */
    @Override
    public void delete(UUID id, int version) {
        tx.inTransaction(() -> {
            int rows = dsl.deleteFrom(TRIP)
                    .where(TRIP.ID.eq(id))
                    .and(TRIP.VERSION.eq(version))
                    .execute();
            Stamps.requireOneRow(rows, id);
        });
    }

    @Override
    public List<TripSummary> findAllSummaries(String language) {
        return tx.read(() -> summaries.fetchAll(language));
    }

    /** Distinct non-blank cities of legs, sorted. */
    @Override
    public List<String> findCities() {
        return tx.read(() -> dsl.selectDistinct(TRIP_LEG.CITY)
                .from(TRIP_LEG)
                .where(TRIP_LEG.CITY.isNotNull())
                .and(DSL.trim(TRIP_LEG.CITY).ne(""))
                .orderBy(TRIP_LEG.CITY)
                .fetch(TRIP_LEG.CITY));
    }

    /** Inserts the trip's travellers and legs (in list order) and its event links. */
    private void insertChildren(Trip trip) {
        UUID id = trip.id();
        List<UUID> travellers = Codes.distinct(trip.travellerIds());
        Rows.insertAll(dsl, TRIP_TRAVELLER, IntStream.range(0, travellers.size())
                .mapToObj(i -> new TripTravellerRecord(id, travellers.get(i), i))
                .toList());
        List<TripLeg> legs = trip.legs();
        Rows.insertAll(dsl, TRIP_LEG, IntStream.range(0, legs.size())
                .mapToObj(i -> legRecord(legs.get(i), id, i))
                .toList());
        Rows.insertAll(dsl, TRIP_EVENT, Codes.distinct(trip.eventIds()).stream()
                .map(eventId -> new TripEventRecord(id, eventId))
                .toList());
    }

    @Override
    public Optional<Trip> findById(UUID id) {
        return find(TRIP.ID.eq(id)).stream().findFirst();
    }

    /** All trips, latest first (by the first day of their first leg; trips without dates last). */
    @Override
    public List<Trip> findAll() {
        return find(DSL.noCondition());
    }

    @Override
    public int count() {
        return tx.read(() -> dsl.fetchCount(TRIP));
    }

    /** The matching trips with travellers, legs and events: four queries in all. */
    private List<Trip> find(Condition condition) {
        return tx.read(() -> {
            List<TripRecord> trips = dsl.selectFrom(TRIP)
                    .where(condition)
                    .orderBy(DSL.field(dsl.select(DSL.min(TRIP_LEG.FROM_DATE)).from(TRIP_LEG)
                                    .where(TRIP_LEG.TRIP_ID.eq(TRIP.ID))).desc().nullsLast(),
                            TRIP.PURPOSE, TRIP.ID)
                    .fetch();
            if (trips.isEmpty()) {
                return List.of();
            }
            Map<UUID, List<UUID>> travellers = dsl.select(TRIP_TRAVELLER.TRIP_ID, TRIP_TRAVELLER.PERSON_ID)
                    .from(TRIP_TRAVELLER)
                    .join(TRIP).on(TRIP.ID.eq(TRIP_TRAVELLER.TRIP_ID))
                    .where(condition)
                    .orderBy(TRIP_TRAVELLER.SORT_ORDER, TRIP_TRAVELLER.PERSON_ID)
                    .fetch()
                    .stream()
                    .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
            Map<UUID, List<TripLeg>> legs = dsl.select(TRIP_LEG.fields())
                    .from(TRIP_LEG)
                    .join(TRIP).on(TRIP.ID.eq(TRIP_LEG.TRIP_ID))
                    .where(condition)
                    .orderBy(TRIP_LEG.SORT_ORDER, TRIP_LEG.ID)
                    .fetchInto(TRIP_LEG)
                    .stream()
                    .collect(groupingBy(TripLegRecord::getTripId, mapping(JooqTripRepository::toLeg, toList())));
            Map<UUID, List<UUID>> events = dsl.select(TRIP_EVENT.TRIP_ID, TRIP_EVENT.EVENT_ID)
                    .from(TRIP_EVENT)
                    .join(TRIP).on(TRIP.ID.eq(TRIP_EVENT.TRIP_ID))
                    .join(EVENT).on(EVENT.ID.eq(TRIP_EVENT.EVENT_ID))
                    .where(condition)
                    .orderBy(EVENT.START_DATE.asc().nullsLast(), EVENT.TITLE, EVENT.ID)
                    .fetch()
                    .stream()
                    .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
            return trips.stream().map(t -> new Trip(
                    Stamps.stamp(t.getId(), t.getVersion(), t.getCreatedAt(), t.getUpdatedAt()),
                    travellers.getOrDefault(t.getId(), List.of()),
                    t.getPurpose(),
                    legs.getOrDefault(t.getId(), List.of()),
                    events.getOrDefault(t.getId(), List.of()),
                    Codes.parse(TripStatus.class, t.getStatus()),
                    t.getReport(),
                    t.getFollowUp())).toList();
        });
    }

    private static TripLegRecord legRecord(TripLeg leg, UUID tripId, int sortOrder) {
        TripLegRecord r = new TripLegRecord();
        r.setId(leg.id());
        r.setTripId(tripId);
        r.setSortOrder(sortOrder);
        r.setCity(leg.city());
        r.setCountryCode(leg.countryCode());
        r.setFromDate(leg.from());
        r.setToDate(leg.to());
        return r;
    }

    private static TripLeg toLeg(TripLegRecord r) {
        return new TripLeg(r.getId(), r.getCity(), r.getCountryCode(), r.getFromDate(), r.getToDate());
    }

    @Override
    public List<PeriodTrip> findInPeriod(LocalDate from, LocalDate to) {
        return tx.read(() -> new ReportQuery(dsl).trips(from, to));
    }
}
