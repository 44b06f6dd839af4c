package org.liaisonlog.logic.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * A trip as the period summary reads it.
 *
 * @param first      the first day of its legs
 * @param last       the last day of its legs (a leg without an end counts its start)
 * @param travellers the travellers' names, in their order
 * @param legs       the legs, in their order
 */
public record PeriodTrip(
        UUID id,
        String purpose,
        TripStatus status,
        LocalDate first,
        LocalDate last,
        List<String> travellers,
        List<TripLeg> legs) {

    public PeriodTrip {
        travellers = List.copyOf(travellers);
        legs = List.copyOf(legs);
    }

    /** True when the trip's days overlap {@code from}–{@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return first != null && last != null && !first.isAfter(to) && !last.isBefore(from);
    }
}
