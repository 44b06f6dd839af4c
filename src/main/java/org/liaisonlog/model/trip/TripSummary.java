package org.liaisonlog.model.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the trips table: who travelled, why, when (first and last day over the legs),
 * where ("City, Country" per leg, in leg order), how it stands and how many events it covered.
 */
public record TripSummary(
        UUID id,
        List<String> travellers,
        String purpose,
        LocalDate first,
        LocalDate last,
        List<String> destinations,
        TripStatus status,
        int events) {

    public TripSummary {
        travellers = List.copyOf(travellers);
        destinations = List.copyOf(destinations);
    }
}
