package org.liaisonlog.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.liaisonlog.logic.backup.BackupNames;

/**
 * Opens a catalogue file (a backup, or a closed catalogue being checked) read-only through plain
 * JDBC: no migration, no write, no trace file. An encrypted file needs the key it was made with.
 */
final class ReadOnlyFile {

    private ReadOnlyFile() {
    }

    /** A connection to {@code databaseFile} ({@code ….mv.db}), read-only; the caller closes it. */
    static Connection open(Path databaseFile, FileKey key) throws SQLException {
        String name = databaseFile.toAbsolutePath().normalize().toString();
        if (!name.endsWith(BackupNames.DATABASE_SUFFIX) || name.contains(";")) {
            throw new SQLException("Not a catalogue file name");
        }
        String base = name.substring(0, name.length() - BackupNames.DATABASE_SUFFIX.length());
        String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r;IFEXISTS=TRUE;TRACE_LEVEL_FILE=0"
                + ";DB_CLOSE_ON_EXIT=FALSE" + (key == null ? "" : ";CIPHER=AES");
        return DriverManager.getConnection(url, "sa", key == null ? "" : key.h2Password(""));
    }
}
