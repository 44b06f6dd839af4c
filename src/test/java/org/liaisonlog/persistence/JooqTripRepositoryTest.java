package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/** Trips with travellers, legs and events. */
class JooqTripRepositoryTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void aTripComesBackWithItsTravellersLegsAndEvents() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Event earlier = catalogue.events().insert(Fixtures.yearOnly("Preparatory meeting", 2017, "Moscow"));
        Person deputy = catalogue.people().insert(new Person(RecordStamp.fresh(), "Deputy Director", List.of(), null,
                null, null, null, null));
        Trip trip = new Trip(RecordStamp.fresh(), List.of(deputy.id(), fixtures.speaker.id()),
                "Attend the conference",
                List.of(new TripLeg(UUID.randomUUID(), "Moscow", "RU",
                                LocalDate.of(2018, 4, 15), LocalDate.of(2018, 4, 16)),
                        new TripLeg(UUID.randomUUID(), "Tashkent", "UZ", LocalDate.of(2018, 4, 17), null)),
                List.of(conference.id(), earlier.id()), TripStatus.DONE, "Report", "Follow up");

        Trip stored = catalogue.trips().insert(trip);

        assertThat(stored.stamp().version()).isZero();
        assertThat(stored.stamp().createdAt()).isNotNull();
        assertThat(stored.travellerIds()).containsExactly(deputy.id(), fixtures.speaker.id());
        assertThat(stored.legs()).isEqualTo(trip.legs());
        assertThat(stored.eventIds()).as("by date").containsExactly(earlier.id(), conference.id());
        assertThat(stored).usingRecursiveComparison().ignoringFields("stamp", "eventIds").isEqualTo(trip);
        assertThat(catalogue.trips().findById(trip.id())).contains(stored);
        assertThat(catalogue.trips().count()).isEqualTo(1);

        catalogue.close();
        catalogue = H2Catalogue.open(temp);
        assertThat(catalogue.trips().findById(trip.id())).contains(stored);
    }

    @Test
    void deletingAnEventTakesItOffTheTrip() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Trip stored = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(fixtures.speaker.id()), "Go",
                List.of(), List.of(conference.id()), TripStatus.PLANNED, null, null));

        catalogue.events().delete(conference.id(), 0);

        assertThat(catalogue.trips().findById(stored.id()).orElseThrow().eventIds()).isEmpty();
    }

    @Test
    void allTripsComeLatestFirst() {
        Trip undated = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(), "Undated", List.of(),
                List.of(), TripStatus.PLANNED, null, null));
        Trip older = catalogue.trips().insert(tripFrom("Older", LocalDate.of(2017, 1, 1)));
        Trip newer = catalogue.trips().insert(tripFrom("Newer", LocalDate.of(2019, 1, 1)));

        assertThat(catalogue.trips().findAll()).containsExactly(newer, older, undated);
    }

    private static Trip tripFrom(String purpose, LocalDate from) {
        return new Trip(RecordStamp.fresh(), List.of(), purpose,
                List.of(new TripLeg(UUID.randomUUID(), "Astana", "KZ", from, from.plusDays(2))),
                List.of(), TripStatus.DONE, null, null);
    }
}
