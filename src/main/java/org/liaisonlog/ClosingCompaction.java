package org.liaisonlog;

import java.util.function.Predicate;
import org.liaisonlog.persistence.Compaction;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The last step of closing the window: the catalogue file only grows while it is open (decision
 * 15), so once it has grown well past what it holds ({@link Compaction#isDue()}) it is made small
 * again by a verified rewrite right after it is closed, keeping its password without asking for it.
 * An interrupted or failed compaction leaves the catalogue as it was (the next open finishes or
 * undoes it).
 */
final class ClosingCompaction {

    private ClosingCompaction() {
    }

    /** Whether closing this catalogue would compact it (reads the file's length; cheap). */
    static boolean isDue(H2Catalogue catalogue) {
        try (Compaction compaction = catalogue.compaction()) {
            return compaction.isDue();
        }
    }

    /**
     * Closes the catalogue ({@code close} closes it and what uses it), then compacts it when
     * {@code due} says so. Slow: off the interface thread. Returns whether it compacted.
     */
    static boolean closeAndCompact(H2Catalogue catalogue, Runnable close, Predicate<Compaction> due) {
        try (Compaction compaction = catalogue.compaction()) {
            close.run();
            if (!due.test(compaction)) {
                return false;
            }
            compaction.run();
            return true;
        }
    }
}
