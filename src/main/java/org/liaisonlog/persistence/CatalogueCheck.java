package org.liaisonlog.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.h2.api.ErrorCode;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.logic.backup.CheckReport.Item;
import org.liaisonlog.logic.backup.RecordCounts;

/**
 * Integrity checks of a catalogue file, in two depths.
 * <ul>
 * <li><b>Quick</b> (on every open, milliseconds at any size): the migrations' history reads, and
 * for every table its row count and its first and last rows by primary key (the B-tree's two
 * edges, root to leaf), and the newest entries of the change history through its time index.</li>
 * <li><b>Full</b> (the {@code check} command, and every new backup): every row of every table is
 * read, all columns (reading a page makes H2's MVStore check its position and length; a damaged
 * page fails to decode), the rows read are compared with the count the table keeps, every
 * foreign key is checked for rows naming a missing record, and the change history is read.</li>
 * </ul>
 * The report says what was checked and what failed in our own words: never a stored value
 * (database messages can quote them; only their error codes are kept).
 */
public final class CatalogueCheck {

    private CatalogueCheck() {
    }

    /** The quick check of an open catalogue. */
    public static CheckReport quick(H2Catalogue catalogue) {
        return catalogue.dsl().connectionResult(connection -> run(connection, false, System.nanoTime()));
    }

    /** The full check of an open catalogue. */
    public static CheckReport full(H2Catalogue catalogue) {
        return catalogue.dsl().connectionResult(connection -> run(connection, true, System.nanoTime()));
    }

    /**
     * Checks the closed catalogue file {@code databaseFile} ({@code ….mv.db}), opened read-only
     * with {@code key} (null when not encrypted): quick or full.
     */
    public static CheckReport file(Path databaseFile, FileKey key, boolean full) {
        long start = System.nanoTime();
        if (!Files.isRegularFile(databaseFile)) {
            return new CheckReport(CheckReport.Outcome.MISSING,
                    List.of(new Item("the file exists", false, "there is no file")), since(start));
        }
        if (databaseFile.getFileName().toString().equals(CatalogueFolder.DATABASE_FILE)) {
            // a catalogue in its folder (not a backup): it may not be shorter than at its last close
            Item length = CheckedOpen.lengthSinceClosed(databaseFile.getParent());
            if (!length.passed()) {
                return new CheckReport(CheckReport.Outcome.DAMAGED, List.of(length), since(start));
            }
        }
        try (Connection connection = openReadOnly(databaseFile, key)) {
            return run(connection, full, start);
        } catch (SQLException | RuntimeException e) {
            releaseLeakedLock();
            int code = errorCode(e);
            List<Item> items = List.of(new Item("the file opens", false, code == ErrorCode.DATABASE_IS_READ_ONLY
                    ? "its newest state is incomplete: opening it for writing would go back to an earlier state"
                    : failure(e)));
            CheckReport.Outcome outcome = switch (code) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1 -> CheckReport.Outcome.IN_USE;
                case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> CheckReport.Outcome.WRONG_KEY;
                default -> CheckReport.Outcome.DAMAGED;
            };
            return new CheckReport(outcome, items, since(start));
        }
    }

    /**
     * Opens the file read-only. When a read-only open fails (a damaged file) H2 2.5 leaves the
     * file's lock held by a channel nothing refers to, until it is collected: a second try in
     * this process would be told "in use". So "in use" is asked again once after a collection.
     */
    private static Connection openReadOnly(Path databaseFile, FileKey key) throws SQLException {
        try {
            return ReadOnlyFile.open(databaseFile, key);
        } catch (SQLException e) {
            if (e.getErrorCode() != ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw e;
            }
            releaseLeakedLock();
            return ReadOnlyFile.open(databaseFile, key);
        }
    }

    /** Lets the collector close a channel (and its file lock) H2 left open after a failed open. */
    private static void releaseLeakedLock() {
        System.gc();
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The check to run before a catalogue is opened for writing: the quick check of the closed
     * file in {@code catalogueFolder}, opened read-only. It must come first: when the newest state
     * of a damaged file (cut short, its end overwritten) is lost, H2's read-write open silently
     * goes back to an earlier state, even an empty catalogue, and writes over what is left; the
     * read-only open refuses instead. {@link CheckReport.Outcome#MISSING} for a new catalogue.
     */
    public static CheckReport beforeOpen(Path catalogueFolder, FileKey key) {
        return file(catalogueFolder.toAbsolutePath().normalize().resolve(CatalogueFolder.DATABASE_FILE), key, false);
    }

    /** The record counts of the main kinds, read through {@code connection}. */
    static RecordCounts counts(Connection connection) throws SQLException {
        return new RecordCounts(count(connection, "EVENT"), count(connection, "ATTENDANCE"),
                count(connection, "TRIP"), count(connection, "PERSON"), count(connection, "ORGANISATION"));
    }

    /** The full check through an open connection (a backup being verified). */
    static CheckReport runFull(Connection connection) {
        return run(connection, true, System.nanoTime());
    }

    private static CheckReport run(Connection connection, boolean full, long start) {
        List<Item> items = new ArrayList<>();
        items.add(new Item("the file opens", true, ""));
        Map<String, List<String>> tables;
        try {
            tables = tables(connection);
            items.add(new Item("the list of tables reads", true, tables.size() + " tables"));
        } catch (SQLException | RuntimeException e) {
            items.add(new Item("the list of tables reads", false, failure(e)));
            return CheckReport.of(items, since(start));
        }
        items.add(step("the migrations' history reads", () -> {
            long rows = readAll(connection, "SELECT * FROM \"flyway_schema_history\"");
            long failed = single(connection, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE NOT \"success\"");
            if (failed > 0) {
                throw new CheckFailure(failed + " migrations failed");
            }
            return rows + " migrations applied";
        }));
        for (Map.Entry<String, List<String>> table : tables.entrySet()) {
            String name = table.getKey();
            if (full) {
                items.add(step("table " + name + ": every row reads", () -> {
                    long kept = single(connection, "SELECT COUNT(*) FROM " + quote(name));
                    long read = readAll(connection, "SELECT * FROM " + quote(name));
                    if (read != kept) {
                        throw new CheckFailure(read + " rows read but the table counts " + kept);
                    }
                    return read + " rows";
                }));
            } else {
                items.add(step("table " + name + ": first and last rows read", () -> {
                    long kept = single(connection, "SELECT COUNT(*) FROM " + quote(name));
                    List<String> key = table.getValue();
                    if (!key.isEmpty()) {
                        String order = String.join(", ", key.stream().map(CatalogueCheck::quote).toList());
                        long first = readAll(connection, "SELECT * FROM " + quote(name) + " ORDER BY " + order
                                + " LIMIT 1");
                        long last = readAll(connection, "SELECT * FROM " + quote(name) + " ORDER BY "
                                + String.join(", ", key.stream().map(c -> quote(c) + " DESC").toList()) + " LIMIT 1");
                        if ((first == 0 || last == 0) && kept > 0) {
                            throw new CheckFailure("no rows read but the table counts " + kept);
                        }
                    }
                    return kept + " rows";
                }));
            }
        }
        if (full) {
            try {
                for (Index index : indexes(connection)) {
                    items.add(step("index " + index.name() + " of " + index.table() + ": every entry reads", () -> {
                        long kept = single(connection, "SELECT COUNT(*) FROM " + quote(index.table()));
                        String columns = String.join(", ", index.columns().stream().map(CatalogueCheck::quote)
                                .toList());
                        long read = readAll(connection, "SELECT " + columns + " FROM " + quote(index.table())
                                + " USE INDEX (" + quote(index.name()) + ") ORDER BY " + columns);
                        if (read != kept) {
                            throw new CheckFailure(read + " entries read but the table counts " + kept);
                        }
                        return read + " entries";
                    }));
                }
            } catch (SQLException | RuntimeException e) {
                items.add(new Item("the list of indexes reads", false, failure(e)));
            }
            try {
                for (ForeignKey key : foreignKeys(connection)) {
                    items.add(step("links " + key.child() + " → " + key.parent() + " (" + String.join(", ",
                            key.childColumns()) + ")", () -> {
                        long orphans = single(connection, key.orphansQuery());
                        if (orphans > 0) {
                            throw new CheckFailure(orphans + " rows name a missing " + key.parent() + " record");
                        }
                        return "";
                    }));
                }
            } catch (SQLException | RuntimeException e) {
                items.add(new Item("the list of links reads", false, failure(e)));
            }
        }
        if (tables.containsKey("CHANGE_LOG")) {
            items.add(step("the change history reads (newest first)", () -> {
                long read = readAll(connection,
                        "SELECT * FROM CHANGE_LOG ORDER BY CHANGED_AT DESC" + (full ? "" : " LIMIT 20"));
                return read + " entries read";
            }));
        } else {
            items.add(new Item("the change history reads", false, "there is no change history"));
        }
        return CheckReport.of(items, since(start));
    }

    /** Every base table of the schema with its primary key's columns, by name. */
    private static Map<String, List<String>> tables(Connection connection) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                     + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
            while (rows.next()) {
                tables.put(rows.getString(1), new ArrayList<>());
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT K.TABLE_NAME, K.COLUMN_NAME"
                     + " FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS C JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE K"
                     + " ON K.CONSTRAINT_SCHEMA = C.CONSTRAINT_SCHEMA AND K.CONSTRAINT_NAME = C.CONSTRAINT_NAME"
                     + " WHERE C.TABLE_SCHEMA = 'PUBLIC' AND C.CONSTRAINT_TYPE = 'PRIMARY KEY'"
                     + " ORDER BY K.TABLE_NAME, K.ORDINAL_POSITION")) {
            while (rows.next()) {
                List<String> key = tables.get(rows.getString(1));
                if (key != null) {
                    key.add(rows.getString(2));
                }
            }
        }
        return tables;
    }

    private record Index(String table, String name, List<String> columns) {
    }

    private static List<Index> indexes(Connection connection) throws SQLException {
        Map<String, Index> indexes = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT C.TABLE_NAME, C.INDEX_NAME, C.COLUMN_NAME"
                     + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS C WHERE C.TABLE_SCHEMA = 'PUBLIC'"
                     + " ORDER BY C.TABLE_NAME, C.INDEX_NAME, C.ORDINAL_POSITION")) {
            while (rows.next()) {
                String table = rows.getString(1);
                String name = rows.getString(2);
                indexes.computeIfAbsent(table + "." + name, k -> new Index(table, name, new ArrayList<>()))
                        .columns().add(rows.getString(3));
            }
        }
        return List.copyOf(indexes.values());
    }

    private record ForeignKey(String child, List<String> childColumns, String parent, List<String> parentColumns) {

        String orphansQuery() {
            List<String> present = new ArrayList<>();
            List<String> match = new ArrayList<>();
            for (int i = 0; i < childColumns.size(); i++) {
                present.add("C." + quote(childColumns.get(i)) + " IS NOT NULL");
                match.add("P." + quote(parentColumns.get(i)) + " = C." + quote(childColumns.get(i)));
            }
            return "SELECT COUNT(*) FROM " + quote(child) + " C WHERE " + String.join(" AND ", present)
                    + " AND NOT EXISTS (SELECT 1 FROM " + quote(parent) + " P WHERE " + String.join(" AND ", match)
                    + ")";
        }
    }

    private static List<ForeignKey> foreignKeys(Connection connection) throws SQLException {
        Map<String, ForeignKey> keys = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT R.CONSTRAINT_NAME, FK.TABLE_NAME, FK.COLUMN_NAME,"
                     + " PK.TABLE_NAME, PK.COLUMN_NAME"
                     + " FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS R"
                     + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE FK ON FK.CONSTRAINT_SCHEMA = R.CONSTRAINT_SCHEMA"
                     + "  AND FK.CONSTRAINT_NAME = R.CONSTRAINT_NAME"
                     + " JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE PK ON PK.CONSTRAINT_SCHEMA = R.UNIQUE_CONSTRAINT_SCHEMA"
                     + "  AND PK.CONSTRAINT_NAME = R.UNIQUE_CONSTRAINT_NAME"
                     + "  AND PK.ORDINAL_POSITION = FK.POSITION_IN_UNIQUE_CONSTRAINT"
                     + " WHERE R.CONSTRAINT_SCHEMA = 'PUBLIC'"
                     + " ORDER BY FK.TABLE_NAME, R.CONSTRAINT_NAME, FK.ORDINAL_POSITION")) {
            while (rows.next()) {
                ForeignKey key = keys.computeIfAbsent(rows.getString(1), name -> {
                    try {
                        return new ForeignKey(rows.getString(2), new ArrayList<>(), rows.getString(4),
                                new ArrayList<>());
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                });
                key.childColumns().add(rows.getString(3));
                key.parentColumns().add(rows.getString(5));
            }
        }
        return List.copyOf(keys.values());
    }

    private static long count(Connection connection, String table) throws SQLException {
        return single(connection, "SELECT COUNT(*) FROM " + quote(table));
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Reads every column of every row the query gives; how many rows. */
    private static long readAll(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(1000);
            try (ResultSet rows = statement.executeQuery(sql)) {
                int columns = rows.getMetaData().getColumnCount();
                long read = 0;
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        Object value = rows.getObject(i);
                        if (value instanceof java.sql.Clob clob) {
                            clob.getSubString(1, (int) Math.min(Integer.MAX_VALUE, clob.length()));
                        } else if (value instanceof java.sql.Blob blob) {
                            blob.getBytes(1, (int) Math.min(Integer.MAX_VALUE, blob.length()));
                        }
                    }
                    read++;
                }
                return read;
            }
        }
    }

    private interface Check {
        String run() throws SQLException;
    }

    /** A check that found something wrong, with what it found (no stored values). */
    private static final class CheckFailure extends RuntimeException {
        CheckFailure(String message) {
            super(message);
        }
    }

    private static Item step(String what, Check check) {
        try {
            return new Item(what, true, check.run());
        } catch (CheckFailure e) {
            return new Item(what, false, e.getMessage());
        } catch (SQLException | RuntimeException e) {
            return new Item(what, false, failure(e));
        }
    }

    private static int errorCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }

    /** A failure named by its kind and database error code only: database messages can quote stored values. */
    static String failure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return "database error " + sql.getErrorCode();
            }
        }
        return "failed (" + e.getClass().getSimpleName() + ")";
    }

    private static String quote(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
