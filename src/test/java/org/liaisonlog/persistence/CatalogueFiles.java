package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What a catalogue folder holds, for the tests of rewriting it (encrypting, compacting): rows, files, header. */
final class CatalogueFiles {

    private CatalogueFiles() {
    }

    /** Every table's rows (in a fixed order, as text), opened with the password or plain. */
    static Map<String, List<String>> contents(Path folder, String password) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (H2Catalogue catalogue = password == null ? H2Catalogue.open(folder)
                : H2Catalogue.open(folder, password.toCharArray());
             Connection connection = catalogue.connection()) {
            for (String table : TableCopy.rowCounts(catalogue).keySet()) {
                List<String> rows = new ArrayList<>();
                try (Statement statement = connection.createStatement();
                     ResultSet result = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = result.getMetaData();
                    while (result.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.append(meta.getColumnName(c)).append('=').append(result.getString(c)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                tables.put(table, rows);
            }
        }
        assertThat(tables).hasSizeGreaterThan(15);
        return tables;
    }

    /** The first bytes of the database file: H2 starts an encrypted file with "H2encrypt". */
    static String header(Path folder) throws IOException {
        byte[] start = new byte[9];
        try (var in = Files.newInputStream(folder.resolve(CatalogueFolder.DATABASE_FILE))) {
            assertThat(in.readNBytes(start, 0, start.length)).isEqualTo(start.length);
        }
        return new String(start, StandardCharsets.ISO_8859_1);
    }

    /** True when the folder holds the catalogue (and its key file when encrypted) and nothing else. */
    static boolean onlyTheCatalogueIsLeft(Path folder, boolean encrypted) throws IOException {
        List<String> names;
        try (Stream<Path> list = Files.list(folder)) {
            // the record of the file's length at its last close is the catalogue's too
            names = list.map(p -> p.getFileName().toString()).filter(n -> !n.equals(CatalogueFolder.CLOSED_RECORD))
                    .sorted().toList();
        }
        List<String> expected = encrypted ? List.of(CatalogueFolder.DATABASE_FILE, KeyFile.FILE_NAME)
                : List.of(CatalogueFolder.DATABASE_FILE);
        assertThat(names).isEqualTo(expected.stream().sorted().toList());
        return true;
    }
}
