package org.liaisonlog.logic.trip;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripSummary;

/** Saving, deleting and listing trips, with the people first named in the trip editor. */
public final class TripService {

    private final Catalogue catalogue;

    public TripService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Saves a trip in one transaction, together with people created while editing it. Returns
     * the trip as stored.
     *
     * @throws InvalidTripException when the trip breaks a rule; nothing is written
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed elsewhere
     */
    public Trip save(Trip trip, List<Person> newPeople) {
        List<Problem<TripField>> problems = TripValidator.validate(trip);
        if (!problems.isEmpty()) {
            throw new InvalidTripException(problems);
        }
        return catalogue.transactions().inTransaction(() -> {
            newPeople.forEach(catalogue.people()::insert);
            return trip.stamp().isStored() ? catalogue.trips().update(trip) : catalogue.trips().insert(trip);
        });
    }

    public void delete(UUID id, int version) {
        catalogue.trips().delete(id, version);
    }

    /** Deletes the trip as it is now, with its legs and links. */
    public void delete(UUID id) {
        catalogue.transactions().inTransaction(() -> catalogue.trips().findById(id)
                .ifPresent(trip -> catalogue.trips().delete(id, trip.stamp().version())));
    }

    public Optional<Trip> find(UUID id) {
        return catalogue.trips().findById(id);
    }

    /** Everything the editor offers to choose from, read in one go. */
    public TripEditingData editingData() {
        TreeSet<String> cities = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        cities.addAll(catalogue.events().findCities());
        cities.addAll(catalogue.trips().findCities());
        return new TripEditingData(catalogue.people().findAll(),
                new org.liaisonlog.logic.catalogue.CountryIndex(catalogue.countries().findAll()),
                catalogue.events().findAllSummaries(), List.copyOf(cities));
    }

    /** The table's lines, countries named in the language ("ru" or "en"). */
    public List<TripSummary> list(String language) {
        return catalogue.trips().findAllSummaries(language);
    }

    /** A trip that breaks a rule; the problems say where. */
    public static final class InvalidTripException extends CatalogueException {

        private final transient List<Problem<TripField>> problems;

        public InvalidTripException(List<Problem<TripField>> problems) {
            super(problems.get(0).messageKey(), "The trip is not valid: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem<TripField>> problems() {
            return problems;
        }
    }
}
