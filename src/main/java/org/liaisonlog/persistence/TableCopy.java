package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Copying a catalogue's rows into a new file for a rewrite ({@link CatalogueRewrite}): every
 * table streamed in batches, the secondary indexes dropped during the copy and made again after
 * it, the copy compacted; and the row counts and index lists the rewrite checks the copy against.
 */
final class TableCopy {

    private static final String FLYWAY_TABLE = "flyway_schema_history";
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    private TableCopy() {
    }

    /** Copies every table's rows from {@code from} to {@code to}; returns the old file's row counts. */
    static Map<String, Long> copy(H2Catalogue from, H2Catalogue to) throws SQLException {
        Map<String, Long> counts = rowCounts(from);
        try (Connection source = from.connection(); Connection target = to.connection()) {
            try (Statement lazy = source.createStatement()) {
                // rows stream from the file as they are read, never gathered into a (temporary) result
                lazy.execute("SET LAZY_QUERY_EXECUTION TRUE");
            }
            target.setAutoCommit(false);
            try (Statement integrity = target.createStatement()) {
                integrity.execute("SET REFERENTIAL_INTEGRITY FALSE");
            }
            try {
                List<String> indexes = dropPlainIndexes(target);
                for (String table : counts.keySet()) {
                    copyTable(source, target, table);
                }
                target.commit();
                try (Statement create = target.createStatement()) {
                    for (String index : indexes) {
                        create.execute(index);
                    }
                }
                target.commit();
            } finally {
                try (Statement integrity = target.createStatement()) {
                    integrity.execute("SET REFERENTIAL_INTEGRITY TRUE");
                }
                target.setAutoCommit(true);
            }
        }
        return counts;
    }

    /**
     * Drops the plain secondary indexes of the new (empty) catalogue, those the migrations
     * create by name, not those of keys and constraints, and returns the statements that make
     * them again. Filled in bulk, each of them would have nearly every page written anew again
     * and again (rows come in random key order); made after the copy, from the sorted rows, they
     * are written about once: at a million attendance lines the copy's file peaks at about a
     * third of the size, and the copy is no slower.
     */
    private static List<String> dropPlainIndexes(Connection target) throws SQLException {
        Map<String, String> tables = new LinkedHashMap<>();
        try (Statement list = target.createStatement();
             ResultSet indexes = list.executeQuery("SELECT INDEX_NAME, TABLE_NAME FROM INFORMATION_SCHEMA.INDEXES"
                     + " WHERE INDEX_SCHEMA = 'PUBLIC' AND INDEX_TYPE_NAME = 'INDEX' AND IS_GENERATED = FALSE"
                     + " ORDER BY TABLE_NAME, INDEX_NAME")) {
            while (indexes.next()) {
                tables.put(indexes.getString(1), indexes.getString(2));
            }
        }
        List<String> creates = new ArrayList<>();
        for (Map.Entry<String, String> index : tables.entrySet()) {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement list = target.prepareStatement("SELECT COLUMN_NAME, ORDERING_SPECIFICATION"
                    + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE INDEX_SCHEMA = 'PUBLIC' AND INDEX_NAME = ?"
                    + " ORDER BY ORDINAL_POSITION")) {
                list.setString(1, index.getKey());
                try (ResultSet column = list.executeQuery()) {
                    while (column.next()) {
                        columns.add(quote(column.getString(1)) + ("DESC".equals(column.getString(2)) ? " DESC" : ""));
                    }
                }
            }
            creates.add("CREATE INDEX " + quote(index.getKey()) + " ON " + quote(index.getValue()) + " ("
                    + String.join(", ", columns) + ")");
            try (Statement drop = target.createStatement()) {
                drop.execute("DROP INDEX " + quote(index.getKey()));
            }
        }
        return creates;
    }

    /** The names and columns of the plain secondary indexes, to check that the new file has them all. */
    static List<String> plainIndexes(H2Catalogue catalogue) throws SQLException {
        List<String> indexes = new ArrayList<>();
        try (Connection connection = catalogue.connection();
             Statement list = connection.createStatement();
             ResultSet rows = list.executeQuery("SELECT I.TABLE_NAME, I.INDEX_NAME, C.COLUMN_NAME,"
                     + " C.ORDERING_SPECIFICATION FROM INFORMATION_SCHEMA.INDEXES I"
                     + " JOIN INFORMATION_SCHEMA.INDEX_COLUMNS C"
                     + " ON C.INDEX_SCHEMA = I.INDEX_SCHEMA AND C.INDEX_NAME = I.INDEX_NAME"
                     + " WHERE I.INDEX_SCHEMA = 'PUBLIC' AND I.INDEX_TYPE_NAME = 'INDEX' AND I.IS_GENERATED = FALSE"
                     + " ORDER BY I.TABLE_NAME, I.INDEX_NAME, C.ORDINAL_POSITION")) {
            while (rows.next()) {
                indexes.add(rows.getString(1) + "." + rows.getString(2) + "(" + rows.getString(3) + " "
                        + rows.getString(4) + ")");
            }
        }
        return indexes;
    }

    /**
     * Rewrites the new file without the free space the copy left (H2's {@code SHUTDOWN
     * COMPACT}): H2 writes every changed index page anew and keeps the old copies until it
     * compacts, and rows under random keys change nearly every index page again and again, so
     * the copy of a 300 MB catalogue passes several gigabytes. H2 compacts into a temporary
     * file beside it, opened through the same (encrypting) file store, then moves it over the file.
     */
    static void compact(Path work, FileKey key) throws SQLException, IOException {
        CatalogueFolder files = new CatalogueFolder(work);
        try (Connection connection = DriverManager.getConnection(files.jdbcUrl(key != null), "sa",
                key == null ? "" : key.h2Password(""));
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        }
        files.restrictDatabaseFile();
    }

    private static void copyTable(Connection source, Connection target, String table) throws SQLException {
        try (Statement read = source.createStatement()) {
            read.setFetchSize(BATCH);
            try (ResultSet rows = read.executeQuery("SELECT * FROM " + quote(table))) {
                ResultSetMetaData meta = rows.getMetaData();
                int columns = meta.getColumnCount();
                List<String> names = new ArrayList<>();
                int[] types = new int[columns + 1];
                for (int c = 1; c <= columns; c++) {
                    names.add(quote(meta.getColumnName(c)));
                    types[c] = meta.getColumnType(c);
                }
                String insert = "INSERT INTO " + quote(table) + " (" + String.join(", ", names) + ") VALUES ("
                        + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
                try (PreparedStatement write = target.prepareStatement(insert)) {
                    long count = 0;
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            switch (types[c]) {
                                case Types.CLOB, Types.NCLOB -> write.setString(c, rows.getString(c));
                                case Types.BLOB -> write.setBytes(c, rows.getBytes(c));
                                default -> write.setObject(c, rows.getObject(c));
                            }
                        }
                        write.addBatch();
                        count++;
                        if (count % BATCH == 0) {
                            write.executeBatch();
                        }
                        if (count % COMMIT_EVERY == 0) {
                            target.commit();
                        }
                    }
                    write.executeBatch();
                }
            }
        }
    }

    /** Every table of the catalogue (Flyway's own left out) with its row count. */
    static Map<String, Long> rowCounts(H2Catalogue catalogue) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection connection = catalogue.connection()) {
            List<String> tables = new ArrayList<>();
            try (Statement list = connection.createStatement();
                 ResultSet names = list.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                         + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (names.next()) {
                    if (!names.getString(1).equals(FLYWAY_TABLE)) {
                        tables.add(names.getString(1));
                    }
                }
            }
            for (String table : tables) {
                try (Statement count = connection.createStatement();
                     ResultSet result = count.executeQuery("SELECT COUNT(*) FROM " + quote(table))) {
                    result.next();
                    counts.put(table, result.getLong(1));
                }
            }
        }
        return counts;
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
