package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.organisation.Organisation;

/**
 * An installed program upgraded to a newer version finds the catalogue the older one left: the
 * newer version migrates it forward when it opens it, keeping what it holds (issue 7). The older
 * catalogue here is one made by the first release's schema (migration 1 only), with a record in it.
 */
class CatalogueUpgradeTest {

    @TempDir
    Path temp;

    @Test
    void aCatalogueOfTheFirstSchemaIsMigratedForwardAndKeepsItsRecords() throws Exception {
        Path folder = temp.resolve("catalogue");
        CatalogueFolder files = CatalogueFolder.prepare(folder);
        // What an older version left: the schema of migration 1, and an organisation in it.
        Flyway.configure().dataSource(files.jdbcUrl(), "sa", "").locations("classpath:db/migration")
                .target(MigrationVersion.fromVersion("1")).load().migrate();
        try (Connection connection = DriverManager.getConnection(files.jdbcUrl(), "sa", "");
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO ORGANISATION (ID, NAME, ACRONYM, KIND, CREATED_AT, UPDATED_AT)"
                    + " VALUES (RANDOM_UUID(), 'Central Asian Regional Information and Coordination Centre',"
                    + " 'CARICC', 'REGIONAL_ORGANISATION', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");
            assertThat(versions(statement)).containsExactly("1");
        }

        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.createdNow()).isFalse();
            List<Organisation> organisations = catalogue.organisations().findAll();
            assertThat(organisations).extracting(Organisation::acronym).containsExactly("CARICC");
        }

        try (Connection connection = DriverManager.getConnection(files.jdbcUrl(), "sa", "");
             Statement statement = connection.createStatement()) {
            List<String> latest = new ArrayList<>();
            for (var migration : Flyway.configure().dataSource(files.jdbcUrl(), "sa", "")
                    .locations("classpath:db/migration").load().info().all()) {
                latest.add(migration.getVersion().getVersion());
            }
            assertThat(latest).hasSizeGreaterThan(1);
            // Every migration the newer version ships has run, in order, after the first one.
            assertThat(versions(statement)).containsExactlyElementsOf(latest);
        }
    }

    private static List<String> versions(Statement statement) throws Exception {
        List<String> versions = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
                "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        }
        return versions;
    }
}
