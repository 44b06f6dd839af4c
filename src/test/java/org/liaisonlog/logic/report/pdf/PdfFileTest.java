package org.liaisonlog.logic.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Locale;
import java.util.Properties;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportDocument;

/** The PDF as a file: embedded fonts, paper and orientation, metadata, the writer's own words. */
class PdfFileTest {

    private static final Instant CREATED = Instant.parse("2025-03-12T09:30:00Z");
    private final PdfReportWriter writer = new PdfReportWriter(Clock.fixed(CREATED, ZoneOffset.UTC));

    @Test
    void everyFontIsEmbeddedLiberationSans() throws Exception {
        for (ReportDocument report : new ReportDocument[] {SampleReports.attendance(200),
                SampleReports.russianAttendance(60)}) {
            try (PdfText pdf = new PdfText(writer.toBytes(report, PaperSize.A4))) {
                assertThat(pdf.fonts()).isNotEmpty();
                for (PDFont font : pdf.fonts()) {
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                    assertThat(font.getName()).contains("LiberationSans");
                }
            }
        }
    }

    @Test
    void a4AndLetterInPortrait() throws Exception {
        assertPaper(writer.toBytes(SampleReports.attendance(10), PaperSize.A4), 595, 842);
        assertPaper(writer.toBytes(SampleReports.attendance(10), PaperSize.LETTER), 612, 792);
    }

    @Test
    void aWideReportIsInLandscapeOnEveryPage() throws Exception {
        assertPaper(writer.toBytes(SampleReports.signIn(60, 10), PaperSize.A4), 842, 595);
        assertPaper(writer.toBytes(SampleReports.signIn(60, 10), PaperSize.LETTER), 792, 612);
    }

    @Test
    void theMetadataHoldTheTitleTheDateAndTheProgramOnly() throws Exception {
        try (PdfText pdf = new PdfText(writer.toBytes(SampleReports.russianAttendance(5), PaperSize.A4))) {
            PDDocumentInformation info = pdf.document().getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo(SampleReports.RUSSIAN_TITLE);
            assertThat(info.getCreator()).isEqualTo("Liaison Log");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(CREATED);
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getSubject()).isNull();
            assertThat(info.getKeywords()).isNull();
            String userName = System.getProperty("user.name");
            for (String key : info.getMetadataKeys()) {
                assertThat(key).isIn("Title", "Creator", "Producer", "CreationDate", "ModDate");
                String value = info.getCustomMetadataValue(key);
                if (value != null && userName != null && userName.length() > 2) {
                    assertThat(value).doesNotContainIgnoringCase(userName);
                }
            }
            assertThat(pdf.document().getDocumentCatalog().getLanguage()).isEqualTo("ru");
        }
    }

    @Test
    void theCreationDateIsNowByDefault() throws Exception {
        long before = System.currentTimeMillis() / 1000 * 1000;
        byte[] bytes = new PdfReportWriter().toBytes(SampleReports.attendance(3), PaperSize.A4);
        try (PdfText pdf = new PdfText(bytes)) {
            Calendar created = pdf.document().getDocumentInformation().getCreationDate();
            assertThat(created.getTimeInMillis()).isBetween(before, System.currentTimeMillis());
        }
    }

    @Test
    void theWritersWordsExistInBothLanguagesWithTheSameKeys() throws IOException {
        Properties english = load("pdf.properties");
        Properties russian = load("pdf_ru.properties");
        assertThat(russian.keySet()).isEqualTo(english.keySet());
        assertThat(PdfReportWriter.pageNumbers(Locale.ENGLISH).apply(2, 12)).isEqualTo("Page 2 of 12");
        assertThat(PdfReportWriter.pageNumbers(Locale.forLanguageTag("ru-RU")).apply(1234, 1234))
                .isEqualTo("Стр. 1234 из 1234");
        assertThat(PdfReportWriter.pageNumbers(Locale.GERMAN).apply(1, 1)).isEqualTo("Page 1 of 1");
    }

    @Test
    void aTitleTooLongForTheHeaderIsCutShort() {
        PdfStyle style = new PdfStyle();
        String title = "A very long title ".repeat(30);
        String fitted = PageFrame.fitted(title, style.regular(), PdfStyle.PAGE_FRAME_SIZE, 300);
        assertThat(fitted).endsWith("…").startsWith("A very long title");
        assertThat(style.regular().getWidthPoint(fitted, PdfStyle.PAGE_FRAME_SIZE)).isLessThanOrEqualTo(300);
        assertThat(PageFrame.fitted("Short", style.regular(), 8, 300)).isEqualTo("Short");
    }

    private static void assertPaper(byte[] bytes, float width, float height) throws IOException {
        try (PdfText pdf = new PdfText(bytes)) {
            for (var page : pdf.document().getPages()) {
                PDRectangle box = page.getMediaBox();
                int rotation = page.getRotation();
                boolean turned = rotation % 180 != 0;
                assertThat(turned ? box.getHeight() : box.getWidth()).isCloseTo(width, within(1f));
                assertThat(turned ? box.getWidth() : box.getHeight()).isCloseTo(height, within(1f));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PdfFileTest.class.getResourceAsStream("/org/liaisonlog/logic/report/pdf/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
