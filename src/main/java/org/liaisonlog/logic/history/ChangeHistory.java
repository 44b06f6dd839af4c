package org.liaisonlog.logic.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liaisonlog.model.history.ChangeEntry;

/**
 * The change history of the catalogue. A change is recorded in the same transaction as the
 * change itself (call {@link #record} inside {@code Transactions.inTransaction}), so the history
 * never claims a change that was not saved, nor misses one that was.
 */
public interface ChangeHistory {

    /** Records a change; the entry's id and time are set here. */
    ChangeEntry record(ChangeEntry entry);

    /** A record's changes, newest first. */
    List<ChangeEntry> forRecord(UUID recordId);

    /** The latest changes across the catalogue, newest first. */
    List<ChangeEntry> recent(int limit);

    /**
     * The changes recorded at or after {@code from}, oldest first: what a reader that keeps up
     * with the catalogue (the search index) has not seen yet. Added for the search index.
     */
    List<ChangeEntry> since(Instant from);

    /**
     * A number that changes after every transaction of this process that may have recorded a
     * change has committed (never before the commit), so that a reader may skip reading the
     * history while it is unchanged; {@link #UNKNOWN} when the history cannot tell.
     */
    default long generation() {
        return UNKNOWN;
    }

    /** {@link #generation()} when it is not known: read the history every time. */
    long UNKNOWN = -1;
}
