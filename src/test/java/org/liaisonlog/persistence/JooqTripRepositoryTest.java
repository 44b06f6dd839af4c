package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.model.trip.TripSummary;

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

    @Test
    void anUpdateReplacesTravellersLegsAndEventsAndRaisesTheVersion() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Trip stored = catalogue.trips().insert(tripFrom("Go to Astana", LocalDate.of(2018, 4, 1)));
        TripLeg second = new TripLeg(UUID.randomUUID(), "Tashkent", "UZ", LocalDate.of(2018, 4, 4), null);
        Trip changed = new Trip(stored.stamp(), List.of(fixtures.speaker.id()), "Go to Astana and Tashkent",
                List.of(stored.legs().get(0), second), List.of(conference.id()), TripStatus.UNDER_WAY, "r", "f");

        Trip updated = catalogue.trips().update(changed);

        assertThat(updated.stamp().version()).isEqualTo(1);
        assertThat(updated.stamp().createdAt()).isEqualTo(stored.stamp().createdAt());
        assertThat(updated).usingRecursiveComparison().ignoringFields("stamp").isEqualTo(changed);
        assertThat(catalogue.trips().findById(stored.id())).contains(updated);
    }

    @Test
    void aStaleUpdateOrDeleteWritesNothing() {
        Trip stored = catalogue.trips().insert(tripFrom("Original", LocalDate.of(2018, 4, 1)));
        catalogue.trips().update(stored);
        Trip stale = new Trip(stored.stamp(), List.of(), "Changed", List.of(), List.of(), TripStatus.CANCELLED,
                null, null);

        assertThatThrownBy(() -> catalogue.trips().update(stale)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> catalogue.trips().delete(stored.id(), 0)).isInstanceOf(StaleRecordException.class);

        Trip now = catalogue.trips().findById(stored.id()).orElseThrow();
        assertThat(now.purpose()).isEqualTo("Original");
        assertThat(now.legs()).hasSize(1);
        assertThat(now.stamp().version()).isEqualTo(1);
    }

    @Test
    void deletingATripTakesItsLegsAndLinksButNotThePeopleOrEvents() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Trip stored = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(fixtures.speaker.id()), "Go",
                List.of(new TripLeg(UUID.randomUUID(), "Tashkent", "UZ", null, null)), List.of(conference.id()),
                TripStatus.PLANNED, null, null));

        catalogue.trips().delete(stored.id(), 0);

        assertThat(catalogue.trips().findById(stored.id())).isEmpty();
        assertThat(catalogue.trips().count()).isZero();
        assertThat(catalogue.trips().findCities()).isEmpty();
        assertThat(catalogue.events().findById(conference.id())).isPresent();
        assertThat(catalogue.people().findById(fixtures.speaker.id())).isPresent();
    }

    @Test
    void summariesNameTravellersPlacesDatesAndCountEvents() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Event earlier = catalogue.events().insert(Fixtures.yearOnly("Preparatory meeting", 2017, "Moscow"));
        Trip trip = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(fixtures.speaker.id()),
                "Attend the conference",
                List.of(new TripLeg(UUID.randomUUID(), "Moscow", "RU", LocalDate.of(2018, 4, 15), LocalDate.of(2018, 4, 16)),
                        new TripLeg(UUID.randomUUID(), "Tashkent", "UZ", LocalDate.of(2018, 4, 17), LocalDate.of(2018, 4, 20)),
                        new TripLeg(UUID.randomUUID(), null, "KZ", null, null)),
                List.of(conference.id(), earlier.id()), TripStatus.DONE, null, null));
        Trip undated = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(), "Undated", List.of(),
                List.of(), TripStatus.PLANNED, null, null));

        List<TripSummary> english = catalogue.trips().findAllSummaries("en");

        assertThat(english).extracting(TripSummary::id).containsExactly(trip.id(), undated.id());
        assertThat(english.get(0)).isEqualTo(new TripSummary(trip.id(), List.of("Evgeny Sysoev"),
                "Attend the conference", LocalDate.of(2018, 4, 15), LocalDate.of(2018, 4, 20),
                List.of("Moscow, Russia", "Tashkent, Uzbekistan", "Kazakhstan"), TripStatus.DONE, 2));
        assertThat(english.get(1)).isEqualTo(new TripSummary(undated.id(), List.of(), "Undated", null, null,
                List.of(), TripStatus.PLANNED, 0));
        assertThat(catalogue.trips().findAllSummaries("ru").get(0).destinations())
                .containsExactly("Moscow, Россия", "Tashkent, Узбекистан", "Казахстан");
        assertThat(catalogue.trips().findCities()).containsExactly("Moscow", "Tashkent");
    }
}
