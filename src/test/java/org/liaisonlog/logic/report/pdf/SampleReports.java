package org.liaisonlog.logic.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liaisonlog.logic.report.CsvTable;
import org.liaisonlog.logic.report.ReportBlock;
import org.liaisonlog.logic.report.ReportBlock.Cells;
import org.liaisonlog.logic.report.ReportBlock.Column;
import org.liaisonlog.logic.report.ReportBlock.Fact;
import org.liaisonlog.logic.report.ReportBlock.GroupRow;
import org.liaisonlog.logic.report.ReportBlock.Row;
import org.liaisonlog.logic.report.ReportBlock.TotalRow;
import org.liaisonlog.logic.report.ReportDocument;
import org.liaisonlog.logic.report.ReportKind;

/** Report documents made by hand, shaped like the builders' (no catalogue needed). */
final class SampleReports {

    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final String TITLE = "List of participants";
    static final String RUSSIAN_TITLE = "Список участников";
    static final String LONG_URL = "https://www.example.org/documents/conference/2018/tashkent/"
            + "list-of-participants-of-the-sixth-scientific-and-practical-conference-final-version.pdf";

    private SampleReports() {
    }

    /** An English attendance list: groups, organisations, people under them, a total. */
    static ReportDocument attendance(int people) {
        List<Row> rows = new ArrayList<>();
        String[] groups = {"Host and organisers", "Member states", "Observers", "International organisations"};
        int perGroup = Math.max(1, people / groups.length);
        int n = 0;
        for (int g = 0; g < groups.length; g++) {
            rows.add(new GroupRow(groups[g], Integer.toString(perGroup), 0));
            for (int i = 0; i < perGroup; i++) {
                if (i % 5 == 0) {
                    rows.add(new Cells(List.of("Ministry of Internal Affairs of State " + (g * 100 + i), "", ""), 0));
                }
                n++;
                rows.add(new Cells(List.of("Participant " + n + " Surname", "Head of Division " + n,
                        i % 3 == 0 ? "Head of delegation" : "Delegate"), 1));
            }
        }
        rows.add(new TotalRow("Total", Integer.toString(perGroup * groups.length)));
        List<ReportBlock> blocks = List.of(
                new ReportBlock.Facts(List.of(new Fact("Dates", "31 October – 1 November 2018"),
                        new Fact("Place", "Tashkent, Uzbekistan"),
                        new Fact("Organisers", "RATS SCO Executive Committee; CARICC"),
                        new Fact("Source", LONG_URL))),
                new ReportBlock.Heading("Participants"),
                new ReportBlock.Table(List.of(new Column("Organisation / name", 5), new Column("Title", 4),
                        new Column("Role", 2)), rows, false),
                new ReportBlock.Paragraph("Prepared by the liaison officer.\nChecked against the registration desk list."));
        return new ReportDocument(ReportKind.ATTENDANCE, Locale.ENGLISH, TITLE,
                List.of("Sixth Scientific and Practical Conference of RATS SCO",
                        "“Countering terrorism together”", "Tashkent, 31 October – 1 November 2018"),
                blocks, csv(), false, "list-of-participants");
    }

    /** A Russian attendance list with Cyrillic headings and names. */
    static ReportDocument russianAttendance(int people) {
        List<Row> rows = new ArrayList<>();
        rows.add(new GroupRow("Государства — члены", Integer.toString(people), 0));
        rows.add(new GroupRow("Республика Казахстан", Integer.toString(people), 1));
        rows.add(new Cells(List.of("Министерство внутренних дел Республики Казахстан", "", ""), 0));
        for (int i = 1; i <= people; i++) {
            rows.add(new Cells(List.of("Иванов Пётр Сергеевич " + i, "Начальник управления",
                    i == 1 ? "Глава делегации" : "Член делегации"), 1));
        }
        rows.add(new TotalRow("Итого", Integer.toString(people)));
        List<ReportBlock> blocks = List.of(
                new ReportBlock.Facts(List.of(new Fact("Даты", "31 октября – 1 ноября 2018 г."),
                        new Fact("Место", "Ташкент, Узбекистан"))),
                new ReportBlock.Heading("Участники"),
                new ReportBlock.Table(List.of(new Column("Организация / ФИО", 5), new Column("Должность", 4),
                        new Column("Роль", 2)), rows, false));
        return new ReportDocument(ReportKind.ATTENDANCE, RUSSIAN, RUSSIAN_TITLE,
                List.of("Шестая научно-практическая конференция РАТС ШОС", "Ташкент, 31 октября – 1 ноября 2018 г."),
                blocks, csv(), false, "spisok-uchastnikov");
    }

    /** A wide sign-in sheet: tall rows for signatures, blank rows at the end. */
    static ReportDocument signIn(int people, int blank) {
        List<Row> rows = new ArrayList<>();
        rows.add(new GroupRow("Member states", Integer.toString(people), 0));
        for (int i = 1; i <= people; i++) {
            rows.add(new Cells(List.of(Integer.toString(i), "Participant " + i + " Surname",
                    "Ministry of Internal Affairs", "", ""), 0));
        }
        for (int i = 1; i <= blank; i++) {
            rows.add(new Cells(List.of(Integer.toString(people + i), "", "", "", ""), 0));
        }
        List<ReportBlock> blocks = List.of(new ReportBlock.Table(List.of(new Column("No.", 1),
                new Column("Name", 6), new Column("Organisation", 6), new Column("Contact", 5),
                new Column("Signature", 4)), rows, true));
        return new ReportDocument(ReportKind.SIGN_IN, Locale.ENGLISH, "Sign-in sheet",
                List.of("Working meeting of the heads of units", "Almaty, 12 March 2025"), blocks, csv(), true,
                "sign-in-sheet");
    }

    /** Only a title and one table of the given rows. */
    static ReportDocument table(List<Column> columns, List<Row> rows, boolean tall) {
        return new ReportDocument(ReportKind.SUMMARY, Locale.ENGLISH, "Summary", List.of(),
                List.of(new ReportBlock.Table(columns, rows, tall)), csv(), false, "summary");
    }

    static ReportDocument blocks(List<ReportBlock> blocks) {
        return new ReportDocument(ReportKind.TRIP, Locale.ENGLISH, "Mission report", List.of("Trip to Tashkent"),
                blocks, csv(), false, "mission-report");
    }

    private static CsvTable csv() {
        return new CsvTable(List.of("Name"), List.of());
    }
}
