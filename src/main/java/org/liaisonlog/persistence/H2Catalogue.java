package org.liaisonlog.persistence;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
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
 * ({@link CatalogueRewrite}: encrypt, decrypt, password change) that was interrupted. How each
 * way of opening works is {@link H2Opening}'s; this class is the open catalogue.
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

    /** The catalogue on a pool already connected to its migrated file ({@link H2Opening}). */
    H2Catalogue(Path folder, FileKey fileKey, KeyFile keyFile, boolean createdNow, long openedLength,
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
        return H2Opening.plain(folder);
    }

    /**
     * Opens the catalogue in {@code folder} as {@link #open(Path)} does, encrypted with
     * {@code fileKey} (H2's AES file encryption) when it is not null: a new catalogue is created
     * encrypted, an existing one must have been encrypted with that key. The low-level way in,
     * without a key file; {@link #open(Path, char[])} is the one for a password.
     */
    public static H2Catalogue open(Path folder, FileKey fileKey) {
        return H2Opening.withKey(folder, fileKey, null, false);
    }

    /**
     * True when the catalogue in {@code folder} is encrypted (its key file is there), so that
     * {@link #open(Path, char[])} is the way to open it. Finishes an interrupted rewrite first
     * when it can.
     */
    public static boolean isEncrypted(Path folder) {
        return H2Opening.isEncrypted(folder);
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
        return H2Opening.withPassword(folder, passphrase, forNew);
    }

    /**
     * Opens (or creates) a catalogue that is not encrypted for a bulk write by the synthetic
     * generator, which refuses a catalogue with records: H2 may reuse free space in the file (as a
     * rewrite's copy does, see {@link CatalogueFolder#workCopyUrl}), since a bulk write cut short
     * leaves a catalogue to throw away anyway, and without reuse the file would grow several times
     * over while a million rows are written.
     */
    public static H2Catalogue openForBulkWrite(Path folder) {
        return H2Opening.forBulkWrite(folder);
    }

    /** Opens the file with {@code fileKey} (or none), remembering the key file it came from. */
    static H2Catalogue open(Path folder, FileKey fileKey, KeyFile keyFile) {
        return H2Opening.withKey(folder, fileKey, keyFile, false);
    }

    /**
     * As {@link #open(Path, FileKey, KeyFile)}; {@code workCopy}: a rewrite's copy, not yet the
     * catalogue, which may reuse free space in its file (see {@link CatalogueFolder#jdbcUrl}).
     */
    static H2Catalogue open(Path folder, FileKey fileKey, KeyFile keyFile, boolean workCopy) {
        return H2Opening.withKey(folder, fileKey, keyFile, workCopy);
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
