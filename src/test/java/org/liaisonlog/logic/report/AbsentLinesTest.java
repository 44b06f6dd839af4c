package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.logic.report.ReportFixture.groups;
import static org.liaisonlog.logic.report.ReportFixture.onlyTable;
import static org.liaisonlog.logic.report.ReportFixture.total;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.report.ReportFixture.Group;
import org.liaisonlog.logic.report.ReportFixture.Party;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.event.Event;

/** Lines whose status is excused or absent: left out of lists and sheets unless asked for. */
class AbsentLinesTest {

    @TempDir
    Path temp;

    private ReportFixture fixture;

    /** The example, with INTERPOL excused and the ICRC absent. */
    @BeforeEach
    void open() {
        fixture = new ReportFixture(temp);
        Event event = fixture.catalogue.events().findById(fixture.exampleEvent).orElseThrow();
        List<Attendance> lines = event.attendance().stream().map(a -> {
            if (ReferenceData.keyId("organisation", "interpol").equals(a.organisationId())) {
                return withStatus(a, AttendanceStatus.EXCUSED);
            }
            if (ReferenceData.keyId("organisation", "icrc").equals(a.organisationId())) {
                return withStatus(a, AttendanceStatus.ABSENT);
            }
            return a;
        }).toList();
        fixture.catalogue.events().update(new Event(event.stamp(), event.kind(), event.title(), event.series(),
                event.edition(), event.motto(), event.organiserIds(), event.city(), event.countryCode(), event.venue(),
                event.start(), event.end(), event.summary(), event.outcomes(), event.themeIds(), event.sources(),
                lines));
    }

    private static Attendance withStatus(Attendance a, AttendanceStatus status) {
        return new Attendance(a.id(), a.organisationId(), a.personId(), a.description(), a.capacity(), a.countryCode(),
                a.role(), a.title(), status, a.notes());
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void byDefaultTheExcusedAndAbsentAreLeftOutAndNotCounted() {
        ReportDocument report = fixture.reports.attendance(fixture.exampleEvent,
                AttendanceOptions.standard(Locale.ENGLISH));

        Group others = groups(onlyTable(report)).stream().filter(g -> g.name().equals("Other organisations"))
                .findFirst().orElseThrow();
        assertThat(others.count()).isEqualTo("6");
        assertThat(others.parties()).extracting(Party::name)
                .noneMatch(n -> n.contains("INTERPOL") || n.contains("Red Cross"));
        assertThat(total(onlyTable(report)).value()).isEqualTo("25");
    }

    @Test
    void askedForTheyAreListedMarkedAndCounted() {
        ReportDocument report = fixture.reports.attendance(fixture.exampleEvent,
                new AttendanceOptions(Locale.ENGLISH, List.of(), true, true));

        Group others = groups(onlyTable(report)).stream().filter(g -> g.name().equals("Other organisations"))
                .findFirst().orElseThrow();
        assertThat(others.count()).isEqualTo("8");
        assertThat(others.parties()).extracting(Party::name)
                .contains("International Criminal Police Organization (INTERPOL) (excused)",
                        "International Committee of the Red Cross (ICRC) (absent)");
        assertThat(total(onlyTable(report)).value()).isEqualTo("27");
        assertThat(report.csv().rows()).anySatisfy(row -> assertThat(row).contains(
                "International Criminal Police Organization (INTERPOL)", "excused"));
    }

    @Test
    void theRussianReportMarksThemInRussian() {
        ReportDocument report = fixture.reports.attendance(fixture.exampleEvent,
                new AttendanceOptions(Locale.forLanguageTag("ru"), List.of(), true, true));

        assertThat(ReportFixture.allText(report)).contains("Международный Комитет Красного Креста (МККК) (отсутствовал(а))");
    }

    @Test
    void theSignInSheetExpectsOnlyThoseComing() {
        ReportDocument sheet = fixture.reports.signIn(fixture.exampleEvent, SignInOptions.standard(Locale.ENGLISH));

        assertThat(ReportFixture.allText(sheet)).doesNotContain("INTERPOL").doesNotContain("Red Cross");
        assertThat(ReportFixture.facts(sheet)).containsEntry("Expected participants", "25");
    }
}
