package org.liaisonlog.logic.report.csv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.liaisonlog.logic.report.CsvTable;

/**
 * Writes a report's {@link CsvTable} for spreadsheets: RFC 4180 (commas, double quotes, CRLF),
 * UTF-8 with a byte-order mark so that spreadsheet programs read Cyrillic correctly.
 *
 * <p>A value that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage
 * return is written with a single quote in front, so that a spreadsheet shows it as text and
 * never runs it as a formula (CSV injection, after OWASP's advice). That includes negative
 * numbers such as {@code -3}: reports hold no negative figures, and a number that must stay a
 * number in a spreadsheet is never worth a formula reaching the officer's machine. See decision
 * record 0009.
 */
public final class CsvReportWriter {

    /** The byte-order mark, written first. */
    static final char BOM = '\uFEFF';
    private static final String NEUTRALISER = "'";
    private static final int CANCELLATION_CHECK = 500;

    /**
     * Writes the table to {@code out}, which stays open (it is flushed).
     *
     * @throws CancellationException when the thread was interrupted meanwhile
     */
    public void write(CsvTable table, OutputStream out) throws IOException {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(out, "out");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write(BOM);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(neutralised(table.header()));
        int written = 0;
        for (List<String> row : table.rows()) {
            printer.printRecord(neutralised(row));
            if (++written % CANCELLATION_CHECK == 0 && Thread.currentThread().isInterrupted()) {
                throw new CancellationException("The export was cancelled");
            }
        }
        printer.flush();
    }

    private static List<String> neutralised(List<String> values) {
        List<String> safe = new ArrayList<>(values.size());
        for (String value : values) {
            safe.add(neutralised(value));
        }
        return safe;
    }

    /** The value as a spreadsheet will show and never evaluate it. */
    static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> NEUTRALISER + value;
            default -> value;
        };
    }
}
