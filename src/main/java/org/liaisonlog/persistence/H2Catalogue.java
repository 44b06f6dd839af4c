package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
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
    private final boolean createdNow;
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
    private boolean closed;

    private H2Catalogue(Path folder, FileKey fileKey, boolean createdNow, JdbcConnectionPool pool) {
        this.folder = folder;
        this.fileKey = fileKey;
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
     * @throws CatalogueException      when it cannot be opened for another reason
     */
    public static H2Catalogue open(Path folder) {
        return open(folder, null);
    }

    /**
     * Opens the catalogue in {@code folder} as {@link #open(Path)} does, encrypted with
     * {@code fileKey} (H2's AES file encryption) when it is not null: a new catalogue is created
     * encrypted, an existing one must have been encrypted with that key.
     */
    public static H2Catalogue open(Path folder, FileKey fileKey) {
        CatalogueFolder files;
        try {
            files = CatalogueFolder.prepare(folder);
        } catch (IOException | RuntimeException e) {
            throw openFailed(e);
        }
        boolean createdNow = !files.databaseExists();
        JdbcConnectionPool pool = JdbcConnectionPool.create(files.jdbcUrl(fileKey != null), USER,
                fileKey == null ? PASSWORD : fileKey.h2Password(PASSWORD));
        pool.setMaxConnections(MAX_CONNECTIONS);
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            files.restrictDatabaseFile();
            return new H2Catalogue(files.folder(), fileKey, createdNow, pool);
        } catch (IOException | RuntimeException e) {
            pool.dispose();
            throw isInUse(e) ? new CatalogueInUseException(e) : openFailed(e);
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
        }
    }
}
