package org.liaisonlog.model.trip;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.common.RecordStamp;

/** An official trip: who travelled, where, why, which events were attended, what came of it. */
public record Trip(
        RecordStamp stamp,
        List<UUID> travellerIds,
        String purpose,
        List<TripLeg> legs,
        List<UUID> eventIds,
        TripStatus status,
        String report,
        String followUp) {

    public Trip {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(status, "status");
        travellerIds = List.copyOf(travellerIds);
        legs = List.copyOf(legs);
        eventIds = List.copyOf(eventIds);
    }

    public UUID id() {
        return stamp.id();
    }
}
