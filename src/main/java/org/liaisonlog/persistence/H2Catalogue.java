package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.Configuration;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.logic.catalogue.CountryRepository;
import org.liaisonlog.logic.catalogue.Transactions;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.logic.event.EventRepository;
import org.liaisonlog.logic.history.ChangeHistory;
import org.liaisonlog.logic.organisation.OrganisationRepository;
import org.liaisonlog.logic.person.PersonRepository;
import org.liaisonlog.logic.search.SearchSource;
import org.liaisonlog.logic.theme.ThemeRepository;
import org.liaisonlog.logic.trip.TripRepository;

/**
 * A catalogue in an embedded H2 file ({@code catalogue.mv.db} in its folder), migrated by
 * Flyway on every open and read and written through jOOQ.
 *
 * <p>An encrypted catalogue has a {@link KeyFile} ({@value KeyFile#FILE_NAME}) beside it: ask
 * {@link #isEncrypted(Path)}, then open it with {@link #open(Path, char[])}, which derives the
 * key (about half a second) and says {@link WrongPasswordException} without touching the file
 * when the password is wrong. Every open first finishes or undoes a rewrite
 * ({@link CatalogueRewrite}: encrypt, decrypt, password change) that was interrupted.
 */
public final class H2Catalogue implements Catalogue {

    /**
     * Without another logging library Flyway and jOOQ log through java.util.logging, Flyway every
     * migration check and jOOQ the database version, at INFO. Keep their warnings only, unless
     * logging was configured. Held here because java.util.logging keeps its loggers only weakly.
     */
    private static final List<Logger> QUIET_LOGS =
            List.of(Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"));

    static {
        // Before jOOQ is first used: no logo and no "tip of the day" on the console.
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        QUIET_LOGS.stream().filter(log -> log.getLevel() == null).forEach(log -> log.setLevel(Level.WARNING));
    }

    private static final int MAX_CONNECTIONS = 4;
    private static final String USER = "sa";
    private static final String PASSWORD = "";

    private final Path folder;
    private final FileKey fileKey;
    private final KeyFile keyFile;
    private final boolean createdNow;
    /** The file's length when opened (0 when new): the compaction policy's start after a rewrite. */
    private final long openedLength;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final JooqTransactions transactions;
    private final CatalogueSettings settings;
    private final ChangeHistory history;
    private final CountryRepository countries;
    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final ThemeRepository themes;
    private final EventRepository events;
    private final TripRepository trips;
    private final SearchSource searchSource;
    private volatile boolean closed;

    private H2Catalogue(Path folder, FileKey fileKey, KeyFile keyFile, boolean createdNow, long openedLength,
            JdbcConnectionPool pool) {
        this.folder = folder;
        this.openedLength = openedLength;
        this.fileKey = fileKey;
        this.keyFile = keyFile;
        this.createdNow = createdNow;
        this.pool = pool;
        this.dsl = DSL.using(configuration(pool));
        this.transactions = new JooqTransactions(dsl);
        this.settings = new JooqCatalogueSettings(dsl, transactions);
        this.history = new JooqChangeHistory(dsl, transactions);
        this.countries = new JooqCountryRepository(dsl, transactions);
        this.organisations = new JooqOrganisationRepository(dsl, transactions);
        this.people = new JooqPersonRepository(dsl, transactions);
        this.themes = new JooqThemeRepository(dsl, transactions);
        this.events = new JooqEventRepository(dsl, transactions);
        this.trips = new JooqTripRepository(dsl, transactions);
        this.searchSource = new JooqSearchSource(dsl, transactions);
    }

    /**
     * Opens the catalogue in {@code folder}, creating the folder and an empty catalogue when
     * there is none, and migrating an older catalogue forward.
     *
     * @throws CatalogueInUseException when another process has the catalogue open
     * @throws CatalogueException      when it cannot be opened for another reason, among them
     *                                 "error.passwordNeeded" for an encrypted catalogue
     */
    public static H2Catalogue open(Path folder) {
        recoverOrFail(folder);
        if (KeyFile.existsIn(folder)) {
            throw new CatalogueException("error.passwordNeeded", "This catalogue is encrypted: its password is needed");
        }
        return open(folder, (FileKey) null);
    }

    /**
     * Opens the catalogue in {@code folder} as {@link #open(Path)} does, encrypted with
     * {@code fileKey} (H2's AES file encryption) when it is not null: a new catalogue is created
     * encrypted, an existing one must have been encrypted with that key. The low-level way in,
     * without a key file; {@link #open(Path, char[])} is the one for a password.
     */
    public static H2Catalogue open(Path folder, FileKey fileKey) {
        return open(folder, fileKey, null);
    }

    /**
     * True when the catalogue in {@code folder} is encrypted (its key file is there), so that
     * {@link #open(Path, char[])} is the way to open it. Finishes an interrupted rewrite first
     * when it can.
     */
    public static boolean isEncrypted(Path folder) {
        try {
            CatalogueRewrite.recover(folder.toAbsolutePath().normalize());
        } catch (IOException | RuntimeException e) {
            // answered from the files as they are; opening will report the failure
        }
        return KeyFile.existsIn(folder.toAbsolutePath().normalize());
    }

    /**
     * Opens the encrypted catalogue in {@code folder} with its password, or creates a new,
     * empty, encrypted catalogue there when the folder holds none (with the default key
     * derivation): the key file is written first, then the database. The caller keeps and wipes
     * {@code passphrase}; this method wipes what it makes of it.
     *
     * @throws WrongPasswordException  when the password is not the catalogue's (nothing is touched)
     * @throws CatalogueInUseException when another process has the catalogue open
     * @throws CatalogueException      "error.catalogueNotEncrypted" when the folder holds a
     *                                 catalogue that is not encrypted; "error.keyFileDamaged";
     *                                 or it cannot be opened for another reason
     */
    public static H2Catalogue open(Path folder, char[] passphrase) {
        return open(folder, passphrase, KeyDerivation.DEFAULT);
    }

    /**
     * As {@link #open(Path, char[])}; a new catalogue's key is derived with {@code forNew}
     * (tests use cheap parameters; an existing catalogue's key file names its own).
     */
    public static H2Catalogue open(Path folder, char[] passphrase, KeyDerivation.Parameters forNew) {
        Path normalized = folder.toAbsolutePath().normalize();
        recoverOrFail(normalized);
        if (KeyFile.existsIn(normalized)) {
            KeyFile keyFile = KeyFile.readFrom(normalized);
            return open(normalized, keyFile.unlock(passphrase), keyFile);
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
            return open(folder, created.key(), created.keyFile());
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

    /**
     * Opens (or creates) a catalogue that is not encrypted for a bulk write by the synthetic
     * generator, which refuses a catalogue with records: H2 may reuse free space in the file (as a
     * rewrite's copy does, see {@link CatalogueFolder#workCopyUrl}), since a bulk write cut short
     * leaves a catalogue to throw away anyway, and without reuse the file would grow several times
     * over while a million rows are written.
     */
    public static H2Catalogue openForBulkWrite(Path folder) {
        Path normalized = folder.toAbsolutePath().normalize();
        if (KeyFile.existsIn(normalized)) {
            throw new CatalogueException("error.catalogueAlreadyEncrypted", "This catalogue is encrypted");
        }
        return open(normalized, null, null, true);
    }

    /** Opens the file with {@code fileKey} (or none), remembering the key file it came from. */
    static H2Catalogue open(Path folder, FileKey fileKey, KeyFile keyFile) {
        return open(folder, fileKey, keyFile, false);
    }

    /**
     * As {@link #open(Path, FileKey, KeyFile)}; {@code workCopy}: a rewrite's copy, not yet the
     * catalogue, which may reuse free space in its file (see {@link CatalogueFolder#jdbcUrl}).
     */
    static H2Catalogue open(Path folder, FileKey fileKey, KeyFile keyFile, boolean workCopy) {
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
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
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

    private static Configuration configuration(JdbcConnectionPool pool) {
        Settings settings = new Settings()
                .withRenderFormatted(false)
                .withRenderSchema(false)
                .withRenderCatalog(false)
                .withExecuteLogging(false);
        // A ThreadLocalTransactionProvider also becomes the configuration's connection provider:
        // inside a transaction a thread gets the transaction's connection, outside it a pooled one.
        return new DefaultConfiguration()
                .set(SQLDialect.H2)
                .set(settings)
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
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

    /** The key the file is encrypted with, or null for a catalogue that is not encrypted. */
    FileKey fileKey() {
        return fileKey;
    }

    /** True when this catalogue is encrypted (opened with a key). */
    public boolean isEncrypted() {
        return fileKey != null;
    }

    /**
     * True when {@code passphrase} is this open catalogue's password: it is derived with the
     * stored salt and parameters (about half a second: call it off the interface thread) and
     * compared with the key the catalogue was opened with, in constant time. Always false for a
     * catalogue that is not encrypted, or one opened with a bare {@link FileKey}.
     */
    @Override
    public boolean acceptsPassphrase(char[] passphrase) {
        if (fileKey == null || keyFile == null) {
            return false;
        }
        byte[] derived = keyFile.derive(passphrase).bytes();
        byte[] actual = fileKey.bytes();
        try {
            return MessageDigest.isEqual(derived, actual);
        } finally {
            Arrays.fill(derived, (byte) 0);
            Arrays.fill(actual, (byte) 0);
        }
    }

    /** A handle to compact this catalogue, with its key, once it is closed ({@link Compaction}). */
    public Compaction compaction() {
        return new Compaction(folder, fileKey, () -> closed);
    }

    /** A pooled JDBC connection, for the rewrite in this package (the caller closes it). */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /** The jOOQ context, for tests in this package. */
    DSLContext dsl() {
        return dsl;
    }

    @Override
    public Path folder() {
        return folder;
    }

    @Override
    public boolean createdNow() {
        return createdNow;
    }

    @Override
    public Transactions transactions() {
        return transactions;
    }

    @Override
    public CatalogueSettings settings() {
        return settings;
    }

    @Override
    public ChangeHistory history() {
        return history;
    }

    @Override
    public CountryRepository countries() {
        return countries;
    }

    @Override
    public OrganisationRepository organisations() {
        return organisations;
    }

    @Override
    public PersonRepository people() {
        return people;
    }

    @Override
    public ThemeRepository themes() {
        return themes;
    }

    @Override
    public EventRepository events() {
        return events;
    }

    @Override
    public TripRepository trips() {
        return trips;
    }

    @Override
    public SearchSource searchSource() {
        return searchSource;
    }

    /**
     * Closes every pooled connection. H2 closes a database when its last connection closes (no
     * DB_CLOSE_DELAY is set), which writes it out and releases the file lock. Calling it again
     * does nothing.
     */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            pool.dispose();
            new CatalogueFolder(folder).recordClosedLength(openedLength);
        }
    }
}
