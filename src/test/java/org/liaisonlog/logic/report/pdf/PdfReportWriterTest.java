package org.liaisonlog.logic.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportBlock;
import org.liaisonlog.logic.report.ReportBlock.Cells;
import org.liaisonlog.logic.report.ReportBlock.Column;
import org.liaisonlog.logic.report.ReportBlock.GroupRow;
import org.liaisonlog.logic.report.ReportBlock.Row;
import org.liaisonlog.logic.report.ReportBlock.TotalRow;

/** The PDF's text read back with PDFBox: title, page numbers, repeated headers, Cyrillic, whole rows. */
class PdfReportWriterTest {

    private final PdfReportWriter writer = new PdfReportWriter();

    @Test
    void everyPageCarriesTheTitleAndItsNumberOfAll() throws Exception {
        try (PdfText pdf = new PdfText(writer.toBytes(SampleReports.attendance(300), PaperSize.A4))) {
            int pages = pdf.pages();
            assertThat(pages).isGreaterThanOrEqualTo(3);
            for (int page = 1; page <= pages; page++) {
                assertThat(pdf.page(page)).contains(SampleReports.TITLE)
                        .contains("Page " + page + " of " + pages);
            }
        }
    }

    @Test
    void theTableHeaderIsRepeatedOnceOnEveryPageItRunsOver() throws Exception {
        try (PdfText pdf = new PdfText(writer.toBytes(SampleReports.attendance(300), PaperSize.A4))) {
            for (int page = 2; page <= pdf.pages(); page++) {
                String text = pdf.page(page);
                assertThat(occurrences(text, "Organisation / name")).as("page %d", page).isEqualTo(1);
                assertThat(text).contains("Title").contains("Role");
            }
            assertThat(pdf.page(pdf.pages())).contains("Total").contains("Prepared by the liaison officer.");
        }
    }

    @Test
    void everyRowOfALongTableIsPrintedInOrder() throws Exception {
        try (PdfText pdf = new PdfText(writer.toBytes(SampleReports.attendance(300), PaperSize.A4))) {
            String all = String.join("\n", pdf.pageTexts());
            Matcher participant = Pattern.compile("Participant (\\d+) Surname").matcher(all);
            List<Integer> seen = new ArrayList<>();
            while (participant.find()) {
                seen.add(Integer.parseInt(participant.group(1)));
            }
            assertThat(seen).hasSize(300);
            assertThat(seen).isSorted();
        }
    }

    @Test
    void aRussianReportKeepsItsCyrillicAndNumbersPagesInRussian() throws Exception {
        try (PdfText pdf = new PdfText(writer.toBytes(SampleReports.russianAttendance(120), PaperSize.A4))) {
            int pages = pdf.pages();
            assertThat(pages).isGreaterThanOrEqualTo(2);
            String first = pdf.page(1).replaceAll("\\s+", " ");
            assertThat(first).contains(SampleReports.RUSSIAN_TITLE)
                    .contains("Шестая научно-практическая конференция РАТС ШОС")
                    .contains("Государства — члены")
                    .contains("Министерство внутренних дел Республики Казахстан")
                    .contains("Иванов Пётр Сергеевич 1")
                    .contains("Стр. 1 из " + pages);
            assertThat(pdf.page(2)).contains(SampleReports.RUSSIAN_TITLE).contains("Стр. 2 из " + pages)
                    .contains("Организация / ФИО");
            assertThat(pdf.page(pages)).contains("Итого");
        }
    }

    @Test
    void paragraphsKeepTheirLineBreaks() throws Exception {
        ReportBlock.Paragraph text = new ReportBlock.Paragraph("First line\nSecond line\r\nThird line");
        try (PdfText pdf = new PdfText(writer.toBytes(SampleReports.blocks(List.of(text)), PaperSize.A4))) {
            assertThat(pdf.page(1).replace("\r\n", "\n")).contains("First line\nSecond line\nThird line");
        }
    }

    @Test
    void aLongWordWrapsInsteadOfRunningOffThePage() throws Exception {
        List<Row> rows = List.of(new Cells(List.of("Source", SampleReports.LONG_URL), 0));
        var report = SampleReports.table(List.of(new Column("What", 1), new Column("Where", 2)), rows, false);
        try (PdfText pdf = new PdfText(writer.toBytes(report, PaperSize.A4))) {
            String text = pdf.page(1);
            assertThat(text.replaceAll("\\s", "")).contains(SampleReports.LONG_URL);
            assertThat(text).doesNotContain(SampleReports.LONG_URL);
        }
    }

    @Test
    void aRowIsNeverSplitAcrossPages() throws Exception {
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i <= 450; i++) {
            rows.add(new Cells(List.of("Start " + i + "\nmiddle\nmiddle\nEnd " + i, "x"), 0));
        }
        var report = SampleReports.table(List.of(new Column("Name", 3), new Column("Sign", 1)), rows, true);
        try (PdfText pdf = new PdfText(writer.toBytes(report, PaperSize.LETTER))) {
            assertThat(pdf.pages()).isGreaterThan(2);
            for (int page = 1; page <= pdf.pages(); page++) {
                String text = pdf.page(page);
                for (int i = 1; i <= 450; i++) {
                    assertThat(text.contains("Start " + i + "\n") || text.contains("Start " + i + "\r"))
                            .as("row %d on page %d", i, page)
                            .isEqualTo(text.contains("End " + i + "\n") || text.contains("End " + i + "\r"));
                }
            }
        }
    }

    @Test
    void groupAndTotalRowsFitATableOfOneColumn() throws Exception {
        List<Row> rows = List.of(new GroupRow("Observers", "2", 0), new Cells(List.of("Mongolia"), 1),
                new Cells(List.of("Iran"), 1), new TotalRow("Total", "2"));
        var report = SampleReports.table(List.of(new Column("Country", 1)), rows, false);
        try (PdfText pdf = new PdfText(writer.toBytes(report, PaperSize.A4))) {
            assertThat(pdf.page(1)).contains("Observers").contains("Mongolia").contains("Total");
        }
    }

    @Test
    void aTableWithoutRowsShowsItsHeader() throws Exception {
        var report = SampleReports.table(List.of(new Column("Theme", 4), new Column("Events", 1)), List.of(), false);
        try (PdfText pdf = new PdfText(writer.toBytes(report, PaperSize.A4))) {
            assertThat(pdf.page(1)).contains("Theme").contains("Events");
        }
    }

    @Test
    void aReportWithOnlyATitleIsOnePage() throws Exception {
        try (PdfText pdf = new PdfText(writer.toBytes(SampleReports.blocks(List.of()), PaperSize.A4))) {
            assertThat(pdf.pages()).isEqualTo(1);
            assertThat(pdf.page(1)).contains("Mission report").contains("Trip to Tashkent").contains("Page 1 of 1");
        }
    }

    @Test
    void anInterruptedThreadStopsTheReport() {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> writer.write(SampleReports.attendance(600), PaperSize.A4,
                    new ByteArrayOutputStream())).isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void numberColumnsAreRecognised() {
        List<Row> rows = List.of(new Cells(List.of("Kazakhstan", "1 204", "31.10.2018"), 0),
                new Cells(List.of("Uzbekistan", "", "1.11.2018"), 0), new TotalRow("Total", "1 204"));
        var table = new ReportBlock.Table(List.of(new Column("Country", 3), new Column("Events", 1),
                new Column("Last", 1)), rows, false);
        assertThat(TableBlocks.numericColumns(table)).containsExactly(false, true, false);
    }

    @Test
    void theIndentGoesToTheFirstColumnOfTextNotToTheNumbers() {
        assertThat(TableBlocks.indentColumn(new boolean[] {true, false, false})).isEqualTo(1);
        assertThat(TableBlocks.indentColumn(new boolean[] {false, true})).isEqualTo(0);
        assertThat(TableBlocks.indentColumn(new boolean[] {true, true})).isEqualTo(0);
    }

    @Test
    void aNarrowColumnIsWidenedSoThatAnOrdinaryWordNeverBreaks() throws Exception {
        List<Row> rows = List.of(new Cells(List.of("31 October – 1 November 2018", "Conference",
                "Sixth Scientific and Practical Meeting of the Regional Anti-Terrorist Structure"), 0));
        var report = SampleReports.table(List.of(new Column("Dates", 2), new Column("Kind", 1),
                new Column("Event", 10)), rows, false);
        try (PdfText pdf = new PdfText(writer.toBytes(report, PaperSize.A4))) {
            assertThat(pdf.page(1)).containsPattern("\\bConference\\b");
        }
    }

    @Test
    void widenedColumnsTakeTheirRoomFromColumnsWithRoomToSpare() {
        float[] widths = ColumnWidths.fitted(new float[] {100, 20, 380}, new float[] {60, 50, 100}, 500);
        assertThat(widths[1]).isEqualTo(50f);
        assertThat(widths[0] + widths[1] + widths[2]).isCloseTo(500f, org.assertj.core.data.Offset.offset(0.01f));
        assertThat(widths[0]).isGreaterThanOrEqualTo(60f).isLessThan(100f);
        assertThat(widths[2]).isLessThan(380f);
        float[] impossible = ColumnWidths.fitted(new float[] {50, 50}, new float[] {90, 90}, 100);
        assertThat(impossible).containsExactly(50f, 50f);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }
}
