package org.liaisonlog.logic.report.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisonlog.logic.report.CsvTable;

/** The CSV as a spreadsheet will read it: BOM, CRLF, quoting, Cyrillic, no formulas. */
class CsvReportWriterTest {

    private final CsvReportWriter writer = new CsvReportWriter();

    @Test
    void startsWithAByteOrderMarkAndEndsRecordsWithCrLf() throws IOException {
        byte[] bytes = write(new CsvTable(List.of("Name", "Count"), List.of(List.of("Kazakhstan", "3"))));
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFName,Count\r\nKazakhstan,3\r\n");
    }

    @Test
    void valuesComeBackThroughAParserUnchanged() throws IOException {
        List<String> header = List.of("Organisation", "Name", "Note");
        List<List<String>> rows = List.of(
                List.of("Ministry of Internal Affairs, Kazakhstan", "Ivanov \"Peter\"", "line one\nline two"),
                List.of("Министерство внутренних дел", "Иванов Пётр Сергеевич", "«кавычки», запятая"),
                List.of("", "  spaces kept  ", "crlf\r\ninside"),
                List.of("3", "a=b", "Ёё Ўў Ққ Ғғ Ҳҳ Әә Іі"));
        List<CSVRecord> records = parse(write(new CsvTable(header, rows)));
        assertThat(records).hasSize(5);
        assertThat(records.get(0).toList()).isEqualTo(header);
        for (int i = 0; i < rows.size(); i++) {
            assertThat(records.get(i + 1).toList()).isEqualTo(rows.get(i));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+1", "+7 701 123 45 67", "-3", "-cmd|' /C calc'!A0", "@SUM(A1:A2)", "\tTab",
            "\rReturn", "=HYPERLINK(\"http://x\",\"y\")"})
    void aValueThatASpreadsheetWouldRunGetsAQuoteInFront(String value) throws IOException {
        List<CSVRecord> records = parse(write(new CsvTable(List.of(value), List.of(List.of(value)))));
        assertThat(records.get(0).get(0)).isEqualTo("'" + value);
        assertThat(records.get(1).get(0)).isEqualTo("'" + value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a=b", " =1", "1-2", "Tashkent", "'quoted", "Иванов", "3"})
    void otherValuesAreLeftAlone(String value) throws IOException {
        List<CSVRecord> records = parse(write(new CsvTable(List.of("h"), List.of(List.of(value)))));
        assertThat(records.get(1).get(0)).isEqualTo(value);
    }

    @Test
    void aTableWithoutRowsIsItsHeader() throws IOException {
        byte[] bytes = write(new CsvTable(List.of("Name", "Count"), List.of()));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFName,Count\r\n");
    }

    @Test
    void theStreamIsLeftOpenAndFlushed() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        writer.write(new CsvTable(List.of("Name"), List.of(List.of("x"))), out);
        assertThat(out.size()).isEqualTo(3 + "Name\r\nx\r\n".length());
    }

    @Test
    void anInterruptedThreadStopsTheExport() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            rows.add(List.of(Integer.toString(i)));
        }
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> write(new CsvTable(List.of("n"), rows)))
                    .isInstanceOf(CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    private byte[] write(CsvTable table) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(table, out);
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.RFC4180)) {
            return parser.getRecords();
        }
    }
}
