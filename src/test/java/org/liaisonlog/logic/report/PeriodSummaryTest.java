package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaisonlog.logic.report.ReportFixture.allText;
import static org.liaisonlog.logic.report.ReportFixture.facts;
import static org.liaisonlog.logic.report.ReportFixture.headings;
import static org.liaisonlog.logic.report.ReportFixture.tables;

import java.nio.file.Path;
import java.text.Collator;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * The period summary over the example and a few more events and trips, some dated only to the
 * month or year, some outside the range.
 */
class PeriodSummaryTest {

    private static final LocalDate Q4_FROM = LocalDate.of(2018, 10, 1);
    private static final LocalDate Q4_TO = LocalDate.of(2018, 12, 31);

    @TempDir
    static Path temp;

    private static ReportFixture fixture;

    @BeforeAll
    static void open() {
        fixture = new ReportFixture(temp.resolve("catalogue"));
        UUID unodc = ReferenceData.keyId("organisation", "unodc");
        UUID internet = ReferenceData.keyId("theme", "terrorism.internet");
        UUID csto = ReferenceData.keyId("organisation", "csto");
        event("December workshop on the Internet", PartialDate.ofMonth(2018, 12), null, "Almaty", "KZ",
                List.of(internet), List.of(
                        line(unodc, AttendanceStatus.ATTENDED),
                        line(csto, AttendanceStatus.EXCUSED)));
        event("Annual meeting, month unknown", PartialDate.ofYear(2018), null, "Astana", "KZ", List.of(), List.of());
        event("Meeting of 2017", PartialDate.ofYear(2017), null, "Moscow", "RU", List.of(internet),
                List.of(line(unodc, AttendanceStatus.ATTENDED)));
        event("February seminar", PartialDate.ofDay(LocalDate.of(2019, 2, 10)), null, "Tashkent", "UZ",
                List.of(internet), List.of(line(csto, AttendanceStatus.ATTENDED)));
        event("Undated round table", null, null, "Bishkek", "KG", List.of(internet), List.of());
        UUID director = fixture.catalogue.trips().findById(fixture.exampleTrip).orElseThrow().travellerIds().get(0);
        trip(director, "Consultations in Almaty and Bishkek",
                leg("Almaty", "KZ", LocalDate.of(2018, 12, 5), LocalDate.of(2018, 12, 6)),
                leg("Bishkek", "KG", LocalDate.of(2018, 12, 7), null));
        trip(director, "Seminar in Tashkent", leg("Tashkent", "UZ", LocalDate.of(2019, 2, 9), LocalDate.of(2019, 2, 11)));
        fixture.catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(director), "Cancelled visit to Dushanbe",
                List.of(leg("Dushanbe", "TJ", LocalDate.of(2018, 11, 20), LocalDate.of(2018, 11, 21))), List.of(),
                TripStatus.CANCELLED, null, null));
    }

    private static void event(String title, PartialDate start, PartialDate end, String city, String country,
                              List<UUID> themes, List<Attendance> lines) {
        fixture.catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING, title, null, null, null,
                List.of(), city, country, null, start, end, null, null, themes, List.of(), lines));
    }

    private static Attendance line(UUID organisation, AttendanceStatus status) {
        return new Attendance(UUID.randomUUID(), organisation, null, null, Capacity.UN_ENTITY, null, null, null,
                status, null);
    }

    private static TripLeg leg(String city, String country, LocalDate from, LocalDate to) {
        return new TripLeg(UUID.randomUUID(), city, country, from, to);
    }

    private static void trip(UUID traveller, String purpose, TripLeg... legs) {
        fixture.catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(traveller), purpose, List.of(legs),
                List.of(), TripStatus.DONE, null, null));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static List<String> rows(ReportBlock.Table table) {
        return table.rows().stream().map(ReportFixture::rowText).toList();
    }

    @Test
    void theQuarterHoldsWhatOverlapsItMonthByMonth() {
        ReportDocument report = fixture.reports.summary(Q4_FROM, Q4_TO, Locale.ENGLISH);

        assertThat(report.kind()).isEqualTo(ReportKind.SUMMARY);
        assertThat(report.title()).isEqualTo("Summary of trips and events");
        assertThat(report.subtitle()).containsExactly("1 October – 31 December 2018");
        assertThat(facts(report)).containsEntry("Events", "3").containsEntry("Trips", "2");
        assertThat(headings(report)).containsExactly("By month", "By country", "By theme", "By organisation");
        assertThat(rows(tables(report).get(0))).containsExactly(
                "October 2018 2",
                "31 October – 1 November 2018 | Trip | Grigory Pustovitov: To participate in the Sixth Scientific and"
                        + " Practical Conference of RATS SCO “Combating Terrorism – Cooperation without Borders” |"
                        + " Tashkent, Uzbekistan",
                "31 October – 1 November 2018 | Conference | Sixth Scientific and Practical Conference of the Regional"
                        + " Anti-Terrorist Structure of the Shanghai Cooperation Organization (RATS SCO) | Tashkent,"
                        + " Uzbekistan",
                "December 2018 2",
                "December 2018 | Meeting | December workshop on the Internet | Almaty, Kazakhstan",
                "5–7 December 2018 | Trip | Grigory Pustovitov: Consultations in Almaty and Bishkek | Almaty,"
                        + " Kazakhstan; Bishkek, Kyrgyzstan",
                "2018, month not known 1",
                "2018 | Meeting | Annual meeting, month unknown | Astana, Kazakhstan");
        assertThat(allText(report)).doesNotContain("2017").doesNotContain("February").doesNotContain("Undated")
                .as("a cancelled trip").doesNotContain("Dushanbe");
    }

    @Test
    void theCountsAreByCountryThemeAndOrganisationLargestFirst() {
        ReportDocument report = fixture.reports.summary(Q4_FROM, Q4_TO, Locale.ENGLISH);
        List<ReportBlock.Table> tables = tables(report);

        assertThat(tables.get(1).columns()).extracting(ReportBlock.Column::header)
                .containsExactly("Country", "Events", "Trips");
        assertThat(rows(tables.get(1))).containsExactly("Kazakhstan | 2 | 1", "Uzbekistan | 1 | 1",
                "Kyrgyzstan | 0 | 1");
        assertThat(rows(tables.get(2))).first()
                .isEqualTo("Countering the use of the Internet for terrorist and extremist purposes | 2");
        assertThat(rows(tables.get(2))).hasSize(11).element(1).asString().endsWith("| 1");
        List<String> organisations = rows(tables.get(3));
        assertThat(organisations).first().isEqualTo("UN Office on Drugs and Crime (UNODC) | 2");
        assertThat(organisations).contains(
                "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization (RATS SCO) | 1");
        assertThat(organisations).as("excused lines are not taken part")
                .noneMatch(r -> r.startsWith("Collective Security Treaty Organization"));
        assertThat(organisations).as("the organiser and the 17 organisations of the example").hasSize(18);
        assertThat(organisations.subList(1, 18)).allMatch(r -> r.endsWith("| 1"))
                .isSortedAccordingTo(Collator.getInstance(Locale.ENGLISH));
    }

    @Test
    void theCsvIsOneFlatTable() {
        ReportDocument report = fixture.reports.summary(Q4_FROM, Q4_TO, Locale.ENGLISH);

        assertThat(report.csv().header()).as("the names column holds events, trips, countries, themes and bodies")
                .containsExactly("Section", "Month", "Dates", "Kind", "Name", "Place", "Events", "Trips");
        assertThat(report.csv().rows()).filteredOn(r -> r.get(0).equals("By month")).hasSize(5);
        assertThat(report.csv().rows()).contains(List.of("By country", "", "", "", "Kazakhstan", "", "2", "1"));
        assertThat(report.fileName()).isEqualTo("summary-2018-10-01-2018-12-31");
    }

    @Test
    void anEventThatBeganBeforeTheRangeIsListedUnderItsFirstMonth() {
        ReportDocument report = fixture.reports.summary(LocalDate.of(2018, 11, 1), LocalDate.of(2018, 11, 30),
                Locale.ENGLISH);

        List<String> rows = rows(tables(report).get(0));
        assertThat(rows.get(0)).isEqualTo("November 2018 2");
        assertThat(rows).contains("2018, month not known 1");
        assertThat(facts(report)).containsEntry("Events", "2").containsEntry("Trips", "1");
    }

    @Test
    void anotherYearHoldsOnlyItsOwn() {
        ReportDocument report = fixture.reports.summary(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31),
                Locale.ENGLISH);

        assertThat(rows(tables(report).get(0))).containsExactly("February 2019 2",
                "9–11 February 2019 | Trip | Grigory Pustovitov: Seminar in Tashkent | Tashkent, Uzbekistan",
                "10 February 2019 | Meeting | February seminar | Tashkent, Uzbekistan");
        assertThat(rows(tables(report).get(3))).containsExactly("Collective Security Treaty Organization (CSTO) | 1");
    }

    @Test
    void anEmptyPeriodSaysSo() {
        ReportDocument report = fixture.reports.summary(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 12, 31),
                Locale.ENGLISH);

        assertThat(facts(report)).containsEntry("Events", "0").containsEntry("Trips", "0");
        assertThat(tables(report)).isEmpty();
        assertThat(ReportFixture.paragraphs(report)).containsExactly("No events or trips in this period.");
        assertThat(report.csv().rows()).isEmpty();
    }

    @Test
    void theRussianSummaryIsInRussian() {
        ReportDocument report = fixture.reports.summary(Q4_FROM, Q4_TO, Locale.forLanguageTag("ru"));

        assertThat(report.title()).isEqualTo("Сводка поездок и мероприятий");
        assertThat(report.subtitle()).containsExactly("1 октября – 31 декабря 2018 г.");
        assertThat(headings(report)).containsExactly("По месяцам", "По странам", "По темам", "По организациям");
        assertThat(allText(report)).contains("Октябрь 2018 г. 2", "Декабрь 2018 г. 2", "2018 г., месяц неизвестен 1",
                "Казахстан | 2 | 1", "Поездка", "Совещание",
                "Управление Организации Объединенных Наций по наркотикам и преступности (УНП ООН) | 2");
    }

    @Test
    void aPeriodMustNotEndBeforeItStarts() {
        assertThatThrownBy(() -> fixture.reports.summary(Q4_TO, Q4_FROM, Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
