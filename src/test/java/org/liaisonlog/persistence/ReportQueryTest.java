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
import org.liaisonlog.logic.report.PeriodEvent;
import org.liaisonlog.logic.report.PeriodTrip;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/** The set-based reads of the period summary: events and trips of a date range. */
class ReportQueryTest {

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

    private Event event(String title, PartialDate start, PartialDate end) {
        return catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING, title, null, null, null,
                List.of(), null, null, null, start, end, null, null, List.of(), List.of(), List.of()));
    }

    private static PartialDate day(int year, int month, int day) {
        return PartialDate.ofDay(LocalDate.of(year, month, day));
    }

    private List<String> titles(LocalDate from, LocalDate to) {
        return catalogue.events().findInPeriod(from, to).stream().map(PeriodEvent::title).toList();
    }

    @Test
    void anEventIsInARangeItsDaysMayOverlap() {
        event("ends on the first day", day(2018, 9, 28), day(2018, 10, 1));
        event("starts on the last day", day(2018, 12, 31), day(2019, 1, 2));
        event("the day before", day(2018, 9, 30), null);
        event("the day after", day(2019, 1, 1), null);
        event("spans the range", day(2018, 1, 1), day(2019, 6, 30));
        event("month of September", PartialDate.ofMonth(2018, 9), null);
        event("September to October", PartialDate.ofMonth(2018, 9), PartialDate.ofMonth(2018, 10));
        event("the year 2018", PartialDate.ofYear(2018), null);
        event("from 2017 to 2018", PartialDate.ofYear(2017), PartialDate.ofYear(2018));
        event("the year 2017", PartialDate.ofYear(2017), null);
        event("undated", null, null);

        assertThat(titles(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31))).containsExactly(
                "from 2017 to 2018", "spans the range", "the year 2018", "September to October",
                "ends on the first day", "starts on the last day");
    }

    @Test
    void anEventComesWithItsThemesAndTheOrganisationsThatTookPart() {
        Event conference = catalogue.events().insert(fixtures.conference());

        List<PeriodEvent> found = catalogue.events().findInPeriod(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30));

        assertThat(found).hasSize(1);
        PeriodEvent e = found.get(0);
        assertThat(e.id()).isEqualTo(conference.id());
        assertThat(e.kind()).isEqualTo(EventKind.CONFERENCE);
        assertThat(e.city()).isEqualTo("Tashkent");
        assertThat(e.countryCode()).isEqualTo("UZ");
        assertThat(e.start()).isEqualTo(PartialDate.ofMonth(2018, 4));
        assertThat(e.themeIds()).containsExactlyInAnyOrder(fixtures.terrorism.id(), fixtures.internet.id());
        assertThat(e.organisationIds()).as("organisers and attending organisations, each once")
                .containsExactlyInAnyOrder(fixtures.rats.id(), fixtures.ministry.id());
    }

    @Test
    void aTripIsInARangeItsLegsOverlap() {
        UUID traveller = fixtures.speaker.id();
        trip(traveller, "before", leg("Moscow", LocalDate.of(2018, 9, 1), LocalDate.of(2018, 9, 30)));
        trip(traveller, "ends on the first day", leg("Astana", LocalDate.of(2018, 9, 29), LocalDate.of(2018, 10, 1)));
        trip(traveller, "two legs", leg("Almaty", LocalDate.of(2018, 12, 30), LocalDate.of(2018, 12, 31)),
                leg("Bishkek", LocalDate.of(2019, 1, 1), null));
        trip(traveller, "open leg after", leg("Tashkent", LocalDate.of(2019, 1, 1), null));
        trip(traveller, "undated", leg("Dushanbe", null, null));

        List<PeriodTrip> trips = catalogue.trips().findInPeriod(LocalDate.of(2018, 10, 1), LocalDate.of(2018, 12, 31));

        assertThat(trips).extracting(PeriodTrip::purpose).containsExactly("ends on the first day", "two legs");
        PeriodTrip two = trips.get(1);
        assertThat(two.first()).isEqualTo(LocalDate.of(2018, 12, 30));
        assertThat(two.last()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(two.travellers()).containsExactly("Evgeny Sysoev");
        assertThat(two.legs()).extracting(TripLeg::city).containsExactly("Almaty", "Bishkek");
        assertThat(two.status()).isEqualTo(TripStatus.PLANNED);
    }

    private static TripLeg leg(String city, LocalDate from, LocalDate to) {
        return new TripLeg(UUID.randomUUID(), city, "KZ", from, to);
    }

    private void trip(UUID traveller, String purpose, TripLeg... legs) {
        catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(traveller), purpose, List.of(legs), List.of(),
                TripStatus.PLANNED, null, null));
    }
}
