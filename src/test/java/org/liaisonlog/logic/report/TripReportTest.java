package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaisonlog.logic.report.ReportFixture.allText;
import static org.liaisonlog.logic.report.ReportFixture.facts;
import static org.liaisonlog.logic.report.ReportFixture.headings;
import static org.liaisonlog.logic.report.ReportFixture.tables;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;

/** The mission report of the example trip: the CARICC Director in Tashkent. */
class TripReportTest {

    private static final String CARICC = "Central Asian Regional Information and Coordination Centre for Combating"
            + " Illicit Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors (CARICC)";
    private static final String CONFERENCE = "Sixth Scientific and Practical Conference of the Regional"
            + " Anti-Terrorist Structure of the Shanghai Cooperation Organization (RATS SCO)";

    @TempDir
    static Path temp;

    private static ReportFixture fixture;

    @BeforeAll
    static void open() {
        fixture = new ReportFixture(temp.resolve("catalogue"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<String> row(ReportBlock.Table table, int index) {
        return ((ReportBlock.Cells) table.rows().get(index)).values();
    }

    @Test
    void itHoldsTheTravellerTheLegAndThePurpose() {
        ReportDocument report = fixture.reports.trip(fixture.exampleTrip, Locale.ENGLISH);

        assertThat(report.kind()).isEqualTo(ReportKind.TRIP);
        assertThat(report.title()).isEqualTo("Mission report");
        assertThat(report.subtitle()).containsExactly("Mr Grigory Pustovitov",
                "31 October – 1 November 2018, Tashkent, Uzbekistan");
        assertThat(facts(report)).containsEntry("Purpose", "To participate in the Sixth Scientific and Practical"
                        + " Conference of RATS SCO “Combating Terrorism – Cooperation without Borders”")
                .containsEntry("Status", "Done");
        List<ReportBlock.Table> tables = tables(report);
        assertThat(tables.get(0).columns()).extracting(ReportBlock.Column::header)
                .containsExactly("Name", "Position", "Organisation");
        assertThat(row(tables.get(0), 0)).containsExactly("Mr Grigory Pustovitov", "Director", CARICC);
        assertThat(tables.get(1).columns()).extracting(ReportBlock.Column::header)
                .containsExactly("City", "Country", "Dates");
        assertThat(row(tables.get(1), 0)).containsExactly("Tashkent", "Uzbekistan", "31 October – 1 November 2018");
        assertThat(report.fileName()).isEqualTo("mission-report-grigory-pustovitov-2018-10-31");
    }

    @Test
    void itHoldsTheEventAttendedWithItsThemesAndParticipants() {
        ReportDocument report = fixture.reports.trip(fixture.exampleTrip, Locale.ENGLISH);

        assertThat(headings(report)).containsSubsequence("Travellers", "Itinerary", "Events attended", CONFERENCE,
                "Report");
        assertThat(facts(report)).containsEntry("Place", "Tashkent, Uzbekistan")
                .containsEntry("Motto", "“Combating Terrorism – Cooperation without Borders”")
                .containsEntry("Organisers",
                        "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization (RATS SCO)");
        assertThat(facts(report).get("Themes"))
                .startsWith("Afghanistan · Anti-terrorism exercises · ")
                .contains("Countering the use of the Internet for terrorist and extremist purposes")
                .endsWith("Trends and threats in terrorism and extremism");
        ReportBlock.Table participants = tables(report).get(2);
        assertThat(row(participants, 0)).containsExactly("Member states (8)",
                "India, Kazakhstan, China, Kyrgyzstan, Pakistan, Russia, Tajikistan, Uzbekistan");
        assertThat(allText(report)).contains("UN entities (6) | UNOCT, CTED,", "Other organisations (8) | INTERPOL,",
                "CARICC", "Total 27");
        assertThat(ReportFixture.paragraphs(report)).anyMatch(p -> p.startsWith("The CARICC Director took part"));
    }

    @Test
    void theCsvHasARowPerEventAttended() {
        ReportDocument report = fixture.reports.trip(fixture.exampleTrip, Locale.ENGLISH);

        assertThat(report.csv().header()).containsExactly("Travellers", "Purpose", "Dates", "Destinations", "Status",
                "Event", "Dates", "Place", "Themes", "Participants");
        assertThat(report.csv().rows()).hasSize(1);
        assertThat(report.csv().rows().get(0)).startsWith("Mr Grigory Pustovitov").contains(CONFERENCE, "27", "Done");
    }

    @Test
    void theRussianReportIsInRussian() {
        ReportDocument report = fixture.reports.trip(fixture.exampleTrip, Locale.forLanguageTag("ru"));

        assertThat(report.title()).isEqualTo("Отчёт о командировке");
        assertThat(report.subtitle()).containsExactly("Григорий Пустовитов",
                "31 октября – 1 ноября 2018 г., Tashkent, Узбекистан");
        assertThat(facts(report)).containsEntry("Статус", "Завершена")
                .containsEntry("Даты", "31 октября – 1 ноября 2018 г.");
        assertThat(facts(report).get("Темы"))
                .contains("Противодействие использованию сети Интернет в террористических и экстремистских целях");
        assertThat(allText(report)).contains("Григорий Пустовитов", "Государства-члены (8)", "Структуры ООН (6)",
                "Итого 27");
    }

    @Test
    void anUnknownTripIsACatalogueError() {
        assertThatThrownBy(() -> fixture.reports.trip(UUID.randomUUID(), Locale.ENGLISH))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo(ReportService.TRIP_NOT_FOUND);
    }
}
