package org.liaisonlog.logic.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.logic.report.ReportFixture.onlyTable;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sign-in sheet of the example event. */
class SignInSheetTest {

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

    private static List<ReportBlock.Cells> cells(ReportBlock.Table table) {
        return table.rows().stream().filter(ReportBlock.Cells.class::isInstance).map(ReportBlock.Cells.class::cast)
                .toList();
    }

    @Test
    void everyExpectedParticipantHasARowToSignThenBlankRows() {
        ReportDocument sheet = fixture.reports.signIn(fixture.exampleEvent, SignInOptions.standard(Locale.ENGLISH));
        ReportBlock.Table table = onlyTable(sheet);

        assertThat(sheet.kind()).isEqualTo(ReportKind.SIGN_IN);
        assertThat(sheet.title()).isEqualTo("Sign-in sheet");
        assertThat(sheet.wide()).isTrue();
        assertThat(table.tallRows()).isTrue();
        assertThat(table.columns()).extracting(ReportBlock.Column::header)
                .containsExactly("No.", "Name", "Title", "Delegation / organisation", "Signature", "Contact");
        List<ReportBlock.Cells> rows = cells(table);
        assertThat(rows).hasSize(27 + 10);
        assertThat(rows).extracting(c -> c.values().get(0))
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 37).mapToObj(Integer::toString)
                        .toList());
        assertThat(rows).allSatisfy(c -> assertThat(c.values().subList(4, 6)).containsOnly(""));
        assertThat(rows.subList(27, 37)).allSatisfy(c -> assertThat(c.values().subList(1, 6)).containsOnly(""));
        assertThat(rows).anySatisfy(c -> assertThat(c.values()).containsExactly("1", "", "",
                "India — Competent bodies of the Republic of India", "", ""));
        assertThat(rows).anySatisfy(c -> assertThat(c.values().subList(1, 4)).containsExactly("Mr Grigory Pustovitov",
                "Director", "Central Asian Regional Information and Coordination Centre for Combating Illicit"
                        + " Trafficking of Narcotic Drugs, Psychotropic Substances and their Precursors (CARICC)"));
        assertThat(table.rows()).filteredOn(ReportBlock.GroupRow.class::isInstance)
                .extracting(r -> ((ReportBlock.GroupRow) r).text() + " " + ((ReportBlock.GroupRow) r).count())
                .containsExactly("Member states 8", "Observers 1", "Dialogue partners 1", "Secretariats 1",
                        "UN entities 6", "Regional structures 2", "Other organisations 8", "Additional participants ");
        assertThat(ReportFixture.facts(sheet)).containsEntry("Expected participants", "27");
        assertThat(sheet.csv().rows()).hasSize(27);
        assertThat(sheet.fileName()).startsWith("sign-in-sheet-").matches("[a-z0-9-]+");
    }

    @Test
    void theNumberOfBlankRowsIsAnOption() {
        ReportDocument sheet = fixture.reports.signIn(fixture.exampleEvent, new SignInOptions(Locale.ENGLISH, 3));

        assertThat(cells(onlyTable(sheet))).hasSize(30);
        ReportDocument none = fixture.reports.signIn(fixture.exampleEvent, new SignInOptions(Locale.ENGLISH, 0));
        assertThat(cells(onlyTable(none))).hasSize(27);
        assertThat(ReportFixture.allText(none)).doesNotContain("Additional participants");
    }

    @Test
    void theRussianSheetIsInRussian() {
        ReportDocument sheet = fixture.reports.signIn(fixture.exampleEvent,
                SignInOptions.standard(Locale.forLanguageTag("ru")));

        assertThat(sheet.title()).isEqualTo("Лист регистрации участников");
        assertThat(onlyTable(sheet).columns()).extracting(ReportBlock.Column::header)
                .contains("Подпись", "Контакты");
        assertThat(ReportFixture.allText(sheet)).contains("Государства-члены", "Индия — Competent bodies",
                "Дополнительные участники");
    }
}
