package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;

/** Finding the event or trip of a report by id or by words, as the command line does. */
class ReportTargetsTest {

    @TempDir
    static Path temp;

    private static ReportFixture fixture;
    private static UUID seminar;

    @BeforeAll
    static void open() {
        fixture = new ReportFixture(temp.resolve("catalogue"));
        seminar = fixture.catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.SEMINAR,
                "Seminar on precursor control", "Scientific and Practical Seminars", 2, null, List.of(), "Almaty", "KZ",
                null, PartialDate.ofDay(LocalDate.of(2019, 3, 12)), PartialDate.ofDay(LocalDate.of(2019, 3, 13)),
                null, null, List.of(), List.of(), List.of())).id();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void anExactIdFindsThatEvent() {
        List<ReportTarget> found = fixture.reports.findEvents(" " + fixture.exampleEvent + " ");

        assertThat(found).extracting(ReportTarget::id).containsExactly(fixture.exampleEvent);
        assertThat(found.get(0).label()).isEqualTo("Sixth Scientific and Practical Conference of the Regional"
                + " Anti-Terrorist Structure of the Shanghai Cooperation Organization (RATS SCO)"
                + " — 31 October – 1 November 2018, Tashkent");
        assertThat(fixture.reports.findEvents(UUID.randomUUID().toString())).isEmpty();
    }

    @Test
    void wordsMustAllBeFoundInTheTitleOrSeriesIgnoringCase() {
        assertThat(fixture.reports.findEvents("rats sco SIXTH")).extracting(ReportTarget::id)
                .containsExactly(fixture.exampleEvent);
        assertThat(fixture.reports.findEvents("precursor")).extracting(ReportTarget::id).containsExactly(seminar);
        assertThat(fixture.reports.findEvents("seminars practical")).extracting(ReportTarget::id)
                .as("words of the series").containsExactly(seminar);
        assertThat(fixture.reports.findEvents("rats precursor")).isEmpty();
    }

    @Test
    void ambiguousWordsGiveEveryCandidateNewestFirst() {
        List<ReportTarget> found = fixture.reports.findEvents("scientific practical");

        assertThat(found).extracting(ReportTarget::id).containsExactly(seminar, fixture.exampleEvent);
        assertThat(found.get(0).label()).isEqualTo("Seminar on precursor control — 12–13 March 2019, Almaty");
    }

    @Test
    void labelsFollowTheLanguageAskedFor() {
        java.util.Locale russian = java.util.Locale.forLanguageTag("ru");
        Event monthOnly = fixture.catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING,
                "Consultations on border control", null, null, null, List.of(), null, "KZ", null,
                PartialDate.ofMonth(2020, 5), null, null, null, List.of(), List.of(), List.of()));
        try {
            assertThat(fixture.reports.findEvents("precursor", russian)).extracting(ReportTarget::label)
                    .containsExactly("Seminar on precursor control — 12–13 марта 2019 г., Almaty");
            assertThat(fixture.reports.findEvents("consultations border", russian)).extracting(ReportTarget::label)
                    .as("the country where no city is known").containsExactly(
                            "Consultations on border control — май 2020 г., Казахстан");
            assertThat(fixture.reports.findEvents("consultations border")).extracting(ReportTarget::label)
                    .containsExactly("Consultations on border control — May 2020, Kazakhstan");
            assertThat(fixture.reports.findTrips("pustovitov", russian).get(0).label())
                    .endsWith(" — 31 октября – 1 ноября 2018 г., Tashkent");
        } finally {
            fixture.catalogue.events().delete(monthOnly.id(), monthOnly.stamp().version());
        }
    }

    @Test
    void tripsAreFoundByPurposeTravellerInAnySpellingOrDestination() {
        assertThat(fixture.reports.findTrips(fixture.exampleTrip.toString())).extracting(ReportTarget::id)
                .containsExactly(fixture.exampleTrip);
        assertThat(fixture.reports.findTrips("Пустовитов")).extracting(ReportTarget::id)
                .containsExactly(fixture.exampleTrip);
        assertThat(fixture.reports.findTrips("tashkent rats")).extracting(ReportTarget::id)
                .containsExactly(fixture.exampleTrip);
        assertThat(fixture.reports.findTrips("Узбекистан")).hasSize(1);
        assertThat(fixture.reports.findTrips("Paris")).isEmpty();
        assertThat(fixture.reports.findTrips("pustovitov").get(0).label()).isEqualTo("Grigory Pustovitov: To"
                + " participate in the Sixth Scientific and Practical Conference of RATS SCO “Combating Terrorism –"
                + " Cooperation without Borders” — 31 October – 1 November 2018, Tashkent");
    }
}
