package org.liaisonlog.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Whether a catalogue's schema is already the newest, so that opening it need not start Flyway
 * (on a laptop, Flyway's scan and checks of its migrations are a good part of the time the
 * window takes to show the catalogue). The newest migration's version is a constant here,
 * checked against the migrations themselves by a test; an older, newer or failed history, and
 * Flyway runs as always.
 */
final class SchemaVersion {

    /** The version of the newest file in {@code db/migration} (V{@value}__…sql). */
    static final int NEWEST = 3;

    private SchemaVersion() {
    }

    /**
     * True when Flyway's history records exactly the migrations 1 to {@link #NEWEST}, all done;
     * false for a new file (no history), an older or newer one, or a history that cannot be read.
     */
    static boolean isCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), COUNT(DISTINCT \"version\"),"
                     + " MIN(CAST(\"version\" AS INT)), MAX(CAST(\"version\" AS INT)),"
                     + " SUM(CASE WHEN \"success\" THEN 0 ELSE 1 END)"
                     + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            if (!rows.next()) {
                return false;
            }
            return rows.getInt(1) == NEWEST && rows.getInt(2) == NEWEST && rows.getInt(3) == 1
                    && rows.getInt(4) == NEWEST && rows.getInt(5) == 0;
        } catch (SQLException | RuntimeException e) {
            return false; // no history yet, or one we do not understand: Flyway decides
        }
    }
}
