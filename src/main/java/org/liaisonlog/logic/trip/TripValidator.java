package org.liaisonlog.logic.trip;

import java.util.ArrayList;
import java.util.List;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/** The rules a trip must meet before it is saved. */
public final class TripValidator {

    private TripValidator() {
    }

    /** Every problem of the trip, its legs' problems included (each at most once per kind). */
    public static List<Problem<TripField>> validate(Trip trip) {
        List<Problem<TripField>> problems = new ArrayList<>();
        if (trip.purpose() == null || trip.purpose().isBlank()) {
            problems.add(new Problem<>(TripField.PURPOSE, "validation.tripPurposeRequired"));
        }
        if (trip.travellerIds().isEmpty()) {
            problems.add(new Problem<>(TripField.TRAVELLERS, "validation.tripTravellerRequired"));
        }
        for (TripLeg leg : trip.legs()) {
            for (Problem<TripField> p : validateLeg(leg, trip.status())) {
                if (!problems.contains(p)) {
                    problems.add(p);
                }
            }
        }
        return problems;
    }

    /** The problems of one leg of a trip with this status. */
    public static List<Problem<TripField>> validateLeg(TripLeg leg, TripStatus status) {
        List<Problem<TripField>> problems = new ArrayList<>();
        if (isBlank(leg.city()) && isBlank(leg.countryCode())) {
            problems.add(new Problem<>(TripField.LEG_PLACE, "validation.tripLegPlaceRequired"));
        }
        if (leg.from() != null && leg.to() != null && leg.to().isBefore(leg.from())) {
            problems.add(new Problem<>(TripField.LEG_TO, "validation.tripLegEndsBeforeStart"));
        }
        if (status == TripStatus.DONE) {
            if (leg.from() == null) {
                problems.add(new Problem<>(TripField.LEG_FROM, "validation.tripDoneNeedsDates"));
            }
            if (leg.to() == null) {
                problems.add(new Problem<>(TripField.LEG_TO, "validation.tripDoneNeedsDates"));
            }
        }
        return problems;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
