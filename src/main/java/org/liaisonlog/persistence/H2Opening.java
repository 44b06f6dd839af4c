package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;

/**
 * The ways an {@link H2Catalogue} is opened: plain, with a password (creating a new encrypted
 * catalogue when there is none), with a bare key, for a bulk write, or as a rewrite's work copy.
 * Each first finishes or undoes an interrupted rewrite, then connects to the file, migrates it
 * with Flyway (unless its schema is already the newest, {@link SchemaVersion}) and hands the pool
 * to the open catalogue. Reached through {@link H2Catalogue}'s
 * static methods (its documentation says what each one promises), which also set the logging
 * up before jOOQ and Flyway are first used.
 */
final class H2Opening {

    private static final int MAX_CONNECTIONS = 4;
    private static final String USER = "sa";
    private static final String PASSWORD = "";

    private H2Opening() {
    }

    /** {@link H2Catalogue#open(Path)}. */
    static H2Catalogue plain(Path folder) {
        recoverOrFail(folder);
        if (KeyFile.existsIn(folder)) {
            throw new CatalogueException("error.passwordNeeded", "This catalogue is encrypted: its password is needed");
        }
        return withKey(folder, null, null, false);
    }

    /** {@link H2Catalogue#isEncrypted(Path)}. */
    static boolean isEncrypted(Path folder) {
        try {
            CatalogueRewrite.recover(folder.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            // answered from the files as they are; opening will report the failure
        }
        return KeyFile.existsIn(folder.toAbsolutePath().normalize());
    }

    /** {@link H2Catalogue#open(Path, char[], KeyDerivation.Parameters)}. */
    static H2Catalogue withPassword(Path folder, char[] passphrase, KeyDerivation.Parameters forNew) {
        Path normalized = folder.toAbsolutePath().normalize();
        recoverOrFail(normalized);
        if (KeyFile.existsIn(normalized)) {
            KeyFile keyFile = KeyFile.readFrom(normalized);
            return withKey(normalized, keyFile.unlock(passphrase), keyFile, false);
        }
        if (Files.exists(normalized.resolve(CatalogueFolder.DATABASE_FILE))) {
            throw new CatalogueException("error.catalogueNotEncrypted", "This catalogue is not encrypted");
        }
        return create(normalized, passphrase, forNew);
    }

    /** A new encrypted catalogue: the key file first, then the database it opens. */
    private static H2Catalogue create(Path folder, char[] passphrase, KeyDerivation.Parameters parameters) {
        KeyFile.Created created = KeyFile.create(passphrase, parameters);
        try {
            CatalogueFolder.prepare(folder);
            created.keyFile().writeTo(folder);
        } catch (IOException | RuntimeException e) {
            throw openFailed(e);
        }
        try {
            return withKey(folder, created.key(), created.keyFile(), false);
        } catch (RuntimeException e) {
            if (!Files.exists(folder.resolve(CatalogueFolder.DATABASE_FILE))) {
                try {
                    Files.deleteIfExists(KeyFile.in(folder));
                } catch (IOException ignored) {
                    // a key file without a catalogue is harmless
                }
            }
            throw e;
        }
    }

    /** {@link H2Catalogue#openForBulkWrite(Path)}. */
    static H2Catalogue forBulkWrite(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        if (KeyFile.existsIn(normalized)) {
            throw new CatalogueException("error.catalogueAlreadyEncrypted", "This catalogue is encrypted");
        }
        return withKey(normalized, null, null, true);
    }

    /** {@link H2Catalogue#open(Path, FileKey, KeyFile, boolean)}: the file itself, without looking for a rewrite. */
    static H2Catalogue withKey(Path folder, FileKey fileKey, KeyFile keyFile, boolean workCopy) {
        CatalogueFolder files;
        try {
            files = CatalogueFolder.prepare(folder);
        } catch (IOException | RuntimeException e) {
            throw openFailed(e);
        }
        boolean createdNow = !files.databaseExists();
        long openedLength = createdNow ? 0 : files.databaseFile().toFile().length();
        JdbcConnectionPool pool = JdbcConnectionPool.create(workCopy ? files.workCopyUrl(fileKey != null)
                : files.jdbcUrl(fileKey != null), USER,
                fileKey == null ? PASSWORD : fileKey.h2Password(PASSWORD));
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            if (createdNow || !SchemaVersion.isCurrent(pool)) {
                Flyway.configure()
                        .dataSource(pool)
                        .locations("classpath:db/migration")
                        .load()
                        .migrate();
            }
            files.restrictDatabaseFile();
            return new H2Catalogue(files.folder(), fileKey, keyFile, createdNow, openedLength, pool);
        } catch (IOException | RuntimeException e) {
            pool.dispose();
            throw isInUse(e) ? new CatalogueInUseException(e) : openFailed(e);
        }
    }

    /** Finishes or undoes an interrupted rewrite; another process still rewriting is "in use". */
    private static void recoverOrFail(Path folder) {
        boolean done;
        try {
            done = CatalogueRewrite.recover(folder.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            throw openFailed(e);
        }
        if (!done) {
            throw new CatalogueInUseException(null);
        }
    }

    /** True when H2 refused the file because another process holds it (error 90020). */
    private static boolean isInUse(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return true;
            }
        }
        return false;
    }

    private static CatalogueException openFailed(Throwable cause) {
        return new CatalogueException("error.catalogueOpen", "The catalogue could not be opened", cause);
    }
}
