package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening skips Flyway only for a catalogue whose history is exactly the migrations we have, all done. */
class SchemaVersionTest {

    @TempDir
    Path folder;

    @Test
    void theNewestVersionIsTheNewestMigrationFile() throws IOException {
        Pattern name = Pattern.compile("V(\\d+)__.*\\.sql");
        int newest;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            newest = files.map(f -> name.matcher(f.getFileName().toString())).filter(Matcher::matches)
                    .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
        }
        assertThat(SchemaVersion.NEWEST).isEqualTo(newest);
    }

    @Test
    void aCatalogueJustMigratedIsCurrent() {
        H2Catalogue.open(folder).close();
        assertThat(SchemaVersion.isCurrent(source())).isTrue();
    }

    @Test
    void aFileWithoutHistoryIsNotCurrent() throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "sa", "")) {
            c.createStatement().execute("CREATE TABLE T (X INT)");
        }
        assertThat(SchemaVersion.isCurrent(source())).isFalse();
    }

    @Test
    void anOlderNewerOrFailedHistoryIsNotCurrentAndOpeningMigratesTheOlderOne() throws SQLException {
        H2Catalogue.open(folder).close();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
        assertThat(SchemaVersion.isCurrent(source())).isFalse();
        execute("UPDATE \"flyway_schema_history\" SET \"success\" = TRUE WHERE \"version\" = '2'");
        assertThat(SchemaVersion.isCurrent(source())).isTrue();

        execute("INSERT INTO \"flyway_schema_history\" SELECT \"installed_rank\" + 10, '" + (SchemaVersion.NEWEST + 1)
                + "', \"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\","
                + " \"execution_time\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" = '"
                + SchemaVersion.NEWEST + "'");
        assertThat(SchemaVersion.isCurrent(source())).as("a newer program's catalogue").isFalse();
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"installed_rank\" > 10");

        // an older program's catalogue: the newest migration undone, as if never applied
        for (String index : newestMigrationsIndexes()) {
            execute("DROP INDEX IF EXISTS " + index);
        }
        execute("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + SchemaVersion.NEWEST + "'");
        assertThat(SchemaVersion.isCurrent(source())).isFalse();
        H2Catalogue.open(folder).close(); // Flyway runs the newest migration again
        assertThat(SchemaVersion.isCurrent(source())).isTrue();
    }

    /** The indexes the newest migration creates (all it does, checked below). */
    private static java.util.List<String> newestMigrationsIndexes() {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            Path newest = files.filter(f -> f.getFileName().toString().startsWith("V" + SchemaVersion.NEWEST + "__"))
                    .findFirst().orElseThrow();
            String sql = Files.readString(newest);
            Matcher index = Pattern.compile("(?i)CREATE\\s+INDEX\\s+(\\w+)").matcher(sql);
            java.util.List<String> names = new java.util.ArrayList<>();
            while (index.find()) {
                names.add(index.group(1));
            }
            // this test undoes the newest migration by dropping its indexes: it must do nothing else
            assertThat(sql.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("--")))
                    .allMatch(l -> l.toUpperCase(java.util.Locale.ROOT).startsWith("CREATE INDEX"));
            return names;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(), "sa", ""); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private JdbcDataSource source() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL(url());
        source.setUser("sa");
        source.setPassword("");
        return source;
    }

    private String url() {
        return new CatalogueFolder(folder.toAbsolutePath()).jdbcUrl();
    }
}
