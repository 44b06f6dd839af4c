package org.liaisonlog.logic.trip;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.history.Changes;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.history.RecordDifferences;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;
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
            if (!trip.stamp().isStored()) {
                Trip saved = catalogue.trips().insert(trip);
                catalogue.history().record(Changes.entry(ChangeKind.CREATE, RecordType.TRIP, saved.id(), label(saved)));
                return saved;
            }
            Optional<Trip> before = catalogue.trips().findById(trip.id());
            Trip saved = catalogue.trips().update(trip);
            catalogue.history().record(Changes.entry(ChangeKind.UPDATE, RecordType.TRIP, saved.id(), label(saved),
                    before.map(b -> RecordDifferences.of(b, saved)).orElse(List.of())));
            return saved;
        });
    }

    /**
     * Deletes the trip read at {@code version} with its travellers, legs and event links, and
     * returns what it takes to put it back.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    public Deleted delete(UUID id, int version) {
        return catalogue.transactions().inTransaction(() -> {
            Trip trip = catalogue.trips().findById(id).orElseThrow(() -> new StaleRecordException(id));
            catalogue.trips().delete(id, version);
            catalogue.history().record(Changes.entry(ChangeKind.DELETE, RecordType.TRIP, id, label(trip)));
            return new Deleted(RecordType.TRIP, id, label(trip), () -> restore(trip));
        });
    }

    /** Deletes the trip as it is now; empty when it was already gone. */
    public Optional<Deleted> delete(UUID id) {
        return catalogue.transactions().inTransaction(() -> catalogue.trips().findById(id)
                .map(trip -> delete(id, trip.stamp().version())));
    }

    /** Puts a deleted trip back with the same keys; events deleted since are left out. */
    private void restore(Trip trip) {
        catalogue.transactions().inTransaction(() -> {
            List<UUID> events = trip.eventIds().stream()
                    .filter(e -> catalogue.events().findById(e).isPresent()).toList();
            catalogue.trips().insert(new Trip(trip.stamp(), trip.travellerIds(), trip.purpose(), trip.legs(), events,
                    trip.status(), trip.report(), trip.followUp()));
            catalogue.history().record(Changes.entry(ChangeKind.RESTORE, RecordType.TRIP, trip.id(), label(trip)));
        });
    }

    /** The trip's changes, newest first. */
    public List<ChangeEntry> changes(UUID id) {
        return catalogue.history().forRecord(id);
    }

    private static String label(Trip trip) {
        return trip.purpose() == null ? "" : trip.purpose();
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
