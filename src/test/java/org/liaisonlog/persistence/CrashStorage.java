package org.liaisonlog.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.liaisonlog.logic.catalogue.Catalogue;

/**
 * The program's storage layer put together as {@link H2Catalogue} does (the same JDBC settings,
 * Flyway migration, jOOQ configuration, {@link JooqTransactions} and repositories), over the
 * test-only {@link CrashDisk} file system, which H2Catalogue cannot be pointed at: H2 drops the
 * "file:" of the address and reads a plain path with its own disk, so the failing disk gets its
 * own scheme, "crashdisk:", here.
 */
public final class CrashStorage {

    private CrashStorage() {
    }

    /** The catalogue in {@code folder}, opened through {@link CrashDisk}; close it when done. */
    public static Catalogue open(Path folder) {
        return open(folder, null);
    }

    /** As {@link #open(Path)}, AES-encrypted with {@code key} when it is not null. */
    public static Catalogue open(Path folder, FileKey key) {
        CatalogueFolder files = new CatalogueFolder(folder);
        String url = files.jdbcUrl(key != null).replace("jdbc:h2:file:", "jdbc:h2:" + CrashDisk.SCHEME + ":");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", key == null ? "" : key.h2Password(""));
        pool.setMaxConnections(4);
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            pool.dispose();
            throw e;
        }
        DSLContext dsl = DSL.using(new DefaultConfiguration()
                .set(SQLDialect.H2)
                .set(new Settings().withRenderFormatted(false).withRenderSchema(false).withRenderCatalog(false)
                        .withExecuteLogging(false))
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool))));
        JooqTransactions transactions = new JooqTransactions(dsl);
        Map<String, Object> parts = new HashMap<>();
        parts.put("folder", files.folder());
        parts.put("createdNow", false);
        parts.put("transactions", transactions);
        parts.put("settings", new JooqCatalogueSettings(dsl, transactions));
        parts.put("history", new JooqChangeHistory(dsl, transactions));
        parts.put("countries", new JooqCountryRepository(dsl, transactions));
        parts.put("organisations", new JooqOrganisationRepository(dsl, transactions));
        parts.put("people", new JooqPersonRepository(dsl, transactions));
        parts.put("themes", new JooqThemeRepository(dsl, transactions));
        parts.put("events", new JooqEventRepository(dsl, transactions));
        parts.put("trips", new JooqTripRepository(dsl, transactions));
        parts.put("searchSource", new JooqSearchSource(dsl, transactions));
        return (Catalogue) Proxy.newProxyInstance(Catalogue.class.getClassLoader(), new Class<?>[] {Catalogue.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        pool.dispose();
                        return null;
                    }
                    if (parts.containsKey(method.getName()) && method.getParameterCount() == 0) {
                        return parts.get(method.getName());
                    }
                    if (method.getDeclaringClass() == Object.class) {
                        try {
                            return method.invoke(parts, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
