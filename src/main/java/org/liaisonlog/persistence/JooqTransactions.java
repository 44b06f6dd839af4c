package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.h2.mvstore.MVStoreException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.Transactions;

/**
 * Transactions of one catalogue. The catalogue's {@link DSLContext} runs over a
 * {@link org.jooq.impl.ThreadLocalTransactionProvider}: while a transaction is open on a thread,
 * every repository call on that thread uses its connection and joins it; a nested call opens a
 * savepoint, so a failure inside it undoes only its own part when the caller catches it.
 *
 * <p>Database failures leave here as {@link CatalogueException}s with plain messages of our own;
 * H2's message (which may quote stored values) stays in the cause, which is never shown or
 * logged as text (see {@link org.liaisonlog.logic.util.Failures}). A full disk and a read-only
 * folder get messages of their own ({@link #failure}).
 *
 * <p>What H2 does when a write fails (found with the failing disk of the tests, see
 * docs/decisions/0015-crash-safety.md): the commit fails, the transaction is not in the file,
 * and H2 closes the database. The connections then idle in the pool belong to the closed
 * database, and each would fail the next call once ("The database has been closed") even after
 * space is freed; so after such a failure the outermost call here drains them
 * ({@link #dropDeadConnections}). The pool's next connection opens the file again: once the disk
 * takes writes, the program goes on without being restarted, every earlier commit there.
 */
final class JooqTransactions implements Transactions {

    static final String DISK_FULL = "error.diskFull";
    static final String READ_ONLY = "error.catalogueReadOnly";

    /** More than the pool ever holds (H2Catalogue keeps at most 4 connections). */
    private static final int DRAIN_ATTEMPTS = 8;

    private final DSLContext dsl;
    private final AtomicLong commits = new AtomicLong();
    /** How deep this thread is in {@link #inTransaction} and {@link #read} calls. */
    private final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

    JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return guarded(() -> {
            try {
                T result = dsl.transactionResult(() -> work.get());
                // after the commit (or a nested call's savepoint, which counts too: harmless)
                commits.incrementAndGet();
                return result;
            } catch (DataAccessException e) {
                throw failure(e, "error.catalogueSave", "The catalogue could not be saved");
            }
        });
    }

    /**
     * How many transactions have committed through here: it grows after each commit, never
     * before, so that a reader that saw it unchanged knows nothing was saved since.
     */
    long commits() {
        return commits.get();
    }

    /** Runs a read, turning a database failure into a plain {@link CatalogueException}. */
    <T> T read(Supplier<T> work) {
        return guarded(() -> {
            try {
                return work.get();
            } catch (DataAccessException e) {
                throw failure(e, "error.catalogueRead", "The catalogue could not be read");
            }
        });
    }

    private <T> T guarded(Supplier<T> call) {
        int[] level = depth.get();
        level[0]++;
        try {
            return call.get();
        } catch (RuntimeException e) {
            if (level[0] == 1 && databaseClosed(e)) {
                dropDeadConnections();
            }
            throw e;
        } finally {
            level[0]--;
        }
    }

    /**
     * Takes every connection the pool holds once: one of the closed database fails and is
     * dropped, a live one goes back. Failures here are the ones being reported already.
     */
    private void dropDeadConnections() {
        for (int i = 0; i < DRAIN_ATTEMPTS; i++) {
            try {
                dsl.connection(connection -> connection.isValid(1));
            } catch (RuntimeException ignored) {
                // a dead connection, now dropped; or the file cannot be opened yet
            }
        }
    }

    /** H2 closed the database under us: a failed write, or "the database has been closed". */
    static boolean databaseClosed(Throwable failure) {
        if (diskFull(failure) || readOnly(failure)) {
            return true;
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof MVStoreException
                    || t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_CLOSED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Our exception for a database failure: "the disk is full" or "the folder is read-only" when
     * the cause says so, else the given key and message. The message never quotes H2's.
     */
    static CatalogueException failure(Throwable cause, String key, String message) {
        if (diskFull(cause)) {
            return new CatalogueException(DISK_FULL, "The disk is full; the change was not saved", cause);
        }
        if (readOnly(cause)) {
            return new CatalogueException(READ_ONLY, "The catalogue's folder is read-only; the change was not saved",
                    cause);
        }
        return new CatalogueException(key, message, cause);
    }

    /** ENOSPC ("No space left on device") or Windows' "There is not enough space on the disk". */
    static boolean diskFull(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof IOException && says(t, "no space left", "not enough space", "disk full",
                    "disk quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** EROFS ("Read-only file system"), a refused write, or H2's "database is read only". */
    static boolean readOnly(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
                return true;
            }
            if (t instanceof AccessDeniedException
                    || t instanceof IOException && says(t, "read-only file system", "access is denied",
                    "permission denied", "write-protected")) {
                return true;
            }
        }
        return false;
    }

    private static boolean says(Throwable t, String... phrases) {
        String text = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
        for (String phrase : phrases) {
            if (text.contains(phrase)) {
                return true;
            }
        }
        return false;
    }
}
