package org.liaisonlog.logic.report;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A report laid out as output-neutral blocks. The report builders make it from the catalogue;
 * {@code PdfReportWriter} prints it (and the preview shows that PDF), {@code CsvReportWriter}
 * writes its {@link #csv() table}. A document holds nothing beyond what the report shows.
 *
 * @param title    the report's title, printed at the top of every page and set as PDF metadata
 * @param subtitle lines under the title on the first page (full name of the event, motto, …)
 * @param blocks   the body, in order
 * @param csv      the report as one flat table for spreadsheets
 * @param wide     true when the report reads better in landscape (sign-in sheets)
 * @param fileName a suggested file name without extension, safe on every file system
 */
public record ReportDocument(
        ReportKind kind,
        Locale language,
        String title,
        List<String> subtitle,
        List<ReportBlock> blocks,
        CsvTable csv,
        boolean wide,
        String fileName) {

    public ReportDocument {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        subtitle = List.copyOf(subtitle);
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(csv, "csv");
        Objects.requireNonNull(fileName, "fileName");
    }
}
