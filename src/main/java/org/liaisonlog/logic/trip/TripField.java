package org.liaisonlog.logic.trip;

/** The parts of a trip a validation problem can point at; the LEG_ ones at one leg. */
public enum TripField {
    PURPOSE,
    TRAVELLERS,
    LEG_PLACE,
    LEG_FROM,
    LEG_TO
}
