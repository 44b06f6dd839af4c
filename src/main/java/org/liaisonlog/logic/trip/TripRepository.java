package org.liaisonlog.logic.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.report.PeriodTrip;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripSummary;

/** Stores trips with their travellers, legs and events. */
public interface TripRepository {

    Trip insert(Trip trip);

    /**
     * Updates a trip read at {@code trip.stamp().version()}, replacing its travellers, legs and
     * events, and returns it as stored, with the next version.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    Trip update(Trip trip);

    /**
     * Deletes a trip read at {@code version} with its travellers, legs and event links.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    void delete(UUID id, int version);

    Optional<Trip> findById(UUID id);

    List<Trip> findAll();

    /** Every trip as a table line, latest first; countries named in the language ("ru" or "en"). */
    List<TripSummary> findAllSummaries(String language);

    /** Distinct non-blank cities of trip legs, sorted, for autocomplete. */
    List<String> findCities();

    int count();

    /**
     * The trips whose legs' days overlap {@code from}–{@code to}, by first day, with travellers'
     * names and legs; read in a few queries whatever their number. Trips without dated legs are
     * left out.
     */
    List<PeriodTrip> findInPeriod(LocalDate from, LocalDate to);
}
