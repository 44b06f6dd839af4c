package org.liaisonlog.logic.trip;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.model.trip.Trip;

/** Stores trips with their travellers, legs and events. */
public interface TripRepository {

    Trip insert(Trip trip);

    Optional<Trip> findById(UUID id);

    List<Trip> findAll();

    int count();
}
