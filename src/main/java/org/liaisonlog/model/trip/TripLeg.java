package org.liaisonlog.model.trip;

import java.time.LocalDate;
import java.util.UUID;

/** One stop of a trip: a city and country, from one date to another. */
public record TripLeg(UUID id, String city, String countryCode, LocalDate from, LocalDate to) {
}
