package org.liaisonlog.logic.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisonlog.logic.catalogue.CatalogueException;

/**
 * Failures told without their messages. The database's messages quote stored values (a
 * constraint violation names the row it refused, a too-long value is printed whole), and a
 * library may put any text it holds into an exception; so what reaches a log, stderr or the
 * window names the classes of the failure and our own message keys, never a message's text.
 */
public final class Failures {

    private static final int MAX_DEPTH = 20;
    /** Suppressed failures are copied only this deep, and only so many of each failure's. */
    private static final int SUPPRESSED_DEPTH = 2;
    private static final int SUPPRESSED_EACH = 3;

    private Failures() {
    }

    /**
     * One line: the simple class name of each exception in the cause chain, with the message key
     * of ours, e.g. {@code CatalogueException(error.catalogueSave) < DataAccessException <
     * JdbcSQLIntegrityConstraintViolationException}.
     */
    public static String describe(Throwable failure) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            parts.add(t.getClass().getSimpleName() + (t instanceof CatalogueException known
                    ? "(" + known.messageKey() + ")" : ""));
        }
        return String.join(" < ", parts);
    }

    /** Whether the failure, or one of its causes, is of this kind (e.g. a wrong password). */
    public static boolean causedBy(Throwable failure, Class<? extends Throwable> kind) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (kind.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The first of our own exceptions in the cause chain: its message is ours and plain. */
    public static Optional<CatalogueException> ours(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (t instanceof CatalogueException known) {
                return Optional.of(known);
            }
        }
        return Optional.empty();
    }

    /**
     * For {@link Thread#setDefaultUncaughtExceptionHandler}: prints a failure nothing caught as
     * Java would, on stderr, but {@link #withoutValues without its messages}.
     */
    public static void printUncaught(Thread thread, Throwable failure) {
        System.err.print("Exception in thread \"" + thread.getName() + "\" ");
        withoutValues(failure).printStackTrace(System.err);
    }

    /**
     * A copy of the failure to hand a logger: the same chain of classes and stack traces (where
     * it happened is kept for whoever reads the log), each message replaced by the original's
     * class name and, for ours, its message key.
     */
    public static Throwable withoutValues(Throwable failure) {
        return copy(failure, 0);
    }

    private static Redacted copy(Throwable t, int depth) {
        if (t == null || depth >= MAX_DEPTH) {
            return null;
        }
        Redacted copy = new Redacted(t.getClass().getName()
                + (t instanceof CatalogueException known ? " (" + known.messageKey() + ")" : ""),
                copy(t.getCause(), depth + 1));
        copy.setStackTrace(t.getStackTrace());
        // H2 attaches each failed retry of a write as a suppressed failure, nested several deep: a
        // full disk gave some 4 500 lines. A few tell what happened; the rest are counted.
        Throwable[] suppressed = t.getSuppressed();
        int kept = depth < SUPPRESSED_DEPTH ? Math.min(SUPPRESSED_EACH, suppressed.length) : 0;
        for (int i = 0; i < kept; i++) {
            Redacted s = copy(suppressed[i], depth + 1);
            if (s != null) {
                copy.addSuppressed(s);
            }
        }
        if (suppressed.length > kept) {
            copy.addSuppressed(new Omitted(suppressed.length - kept));
        }
        return copy;
    }

    /** Stands for suppressed failures not copied: only their number is told. */
    public static final class Omitted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Omitted(int count) {
            super(count + " more suppressed failure" + (count == 1 ? "" : "s") + " left out", null, false, false);
        }

        @Override
        public String toString() {
            return getMessage();
        }
    }

    /** An exception standing for another whose message is left out. */
    public static final class Redacted extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Redacted(String original, Throwable cause) {
            super(original, cause);
        }

        @Override
        public String toString() {
            // "org.h2.jdbc.JdbcSQL…Exception (message left out)" rather than this class's name
            return getMessage() + " (message left out)";
        }
    }
}
