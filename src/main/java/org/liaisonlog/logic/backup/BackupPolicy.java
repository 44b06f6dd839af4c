package org.liaisonlog.logic.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a backup is due: on close if anything changed since the last backup, and while the
 * catalogue is open at least once a day (again only if something changed). A catalogue never
 * backed up counts as changed.
 */
public final class BackupPolicy {

    /** The most time between backups while the catalogue is open and changing. */
    public static final Duration WHILE_OPEN_EVERY = Duration.ofDays(1);

    /** When a backup may be made. */
    public enum Occasion {
        /** The window is closing. */
        CLOSE,
        /** A periodic look while the catalogue is open. */
        WHILE_OPEN
    }

    private final Clock clock;

    public BackupPolicy(Clock clock) {
        this.clock = clock;
    }

    /**
     * True when a backup is due.
     *
     * @param lastBackup when the last verified backup was made, if ever
     * @param lastChange when the newest change in the change history was made, if any
     */
    public boolean isDue(Occasion occasion, Optional<Instant> lastBackup, Optional<Instant> lastChange) {
        if (!changedSince(lastBackup, lastChange)) {
            return false;
        }
        return switch (occasion) {
            case CLOSE -> true;
            case WHILE_OPEN -> untilDaily(lastBackup).isZero();
        };
    }

    /**
     * How long until the daily backup falls due (zero when it is due now or there never was one):
     * when a window should look again.
     */
    public Duration untilDaily(Optional<Instant> lastBackup) {
        if (lastBackup.isEmpty()) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), lastBackup.get().plus(WHILE_OPEN_EVERY));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** True when there was never a backup, or a change was recorded at or after the last one began. */
    public static boolean changedSince(Optional<Instant> lastBackup, Optional<Instant> lastChange) {
        if (lastBackup.isEmpty()) {
            return true;
        }
        return lastChange.isPresent() && !lastChange.get().isBefore(lastBackup.get());
    }
}
