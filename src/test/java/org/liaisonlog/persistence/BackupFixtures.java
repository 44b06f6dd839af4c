package org.liaisonlog.persistence;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.liaisonlog.logic.synthetic.SyntheticCatalogue;
import org.liaisonlog.logic.synthetic.SyntheticShape;

/** Catalogues and clocks for the backup, check and recovery tests. */
final class BackupFixtures {

    private BackupFixtures() {
    }

    /** A catalogue in {@code folder} with {@code events} synthetic events (ten attendance lines each), closed. */
    static Path synthetic(Path folder, int events) {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            SyntheticCatalogue.fill(catalogue, JooqBulkWriter.into(catalogue), SyntheticShape.of(events), line -> {
            });
        }
        return folder.resolve(CatalogueFolder.DATABASE_FILE);
    }

    /**
     * A digest of everything readable in a closed catalogue file: every table's rows in key
     * order, every column. Two files with the same digest hold the same records.
     */
    static String digest(Path databaseFile, FileKey key) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (Connection connection = ReadOnlyFile.open(databaseFile, key); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                    + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                digest.update(table.getBytes());
                try (ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            digest.update(String.valueOf(rows.getString(i)).getBytes());
                            digest.update((byte) 0);
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A clock that moves on by {@code step} each time it is read, from {@code start}, in UTC. */
    static Clock ticking(Instant start, Duration step) {
        return new Clock() {
            private Instant now = start;

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public synchronized Instant instant() {
                Instant at = now;
                now = now.plus(step);
                return at;
            }
        };
    }
}
