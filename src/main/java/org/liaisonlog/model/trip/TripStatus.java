package org.liaisonlog.model.trip;

/** Where a trip stands. */
public enum TripStatus {
    PLANNED,
    UNDER_WAY,
    DONE,
    CANCELLED
}
