package org.liaisonlog.logic.backup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.model.history.ChangeEntry;

/**
 * The backups of one open catalogue as the window and the {@code backup} command use them: back
 * up now, back up when due (on close, daily while open), list the backups. The folder, how many
 * are kept and the last backup's time come from {@link BackupSettings}.
 */
public final class BackupService {

    private final Catalogue catalogue;
    private final Backups backups;
    private final BackupSettings settings;
    private final BackupPolicy policy;
    private final Clock clock;

    public BackupService(Catalogue catalogue, Backups backups, Clock clock) {
        this.catalogue = catalogue;
        this.backups = backups;
        this.settings = new BackupSettings(catalogue);
        this.policy = new BackupPolicy(clock);
        this.clock = clock;
    }

    public BackupSettings settings() {
        return settings;
    }

    /** True when a backup is due on this occasion (see {@link BackupPolicy}). */
    public boolean isDue(BackupPolicy.Occasion occasion) {
        return policy.isDue(occasion, settings.lastBackupAt(), lastChange());
    }

    /** How long until the daily backup falls due: when the window should ask {@link #isDue} again. */
    public Duration untilDaily() {
        return policy.untilDaily(settings.lastBackupAt());
    }

    /**
     * Makes a verified backup in the backup folder now, rotates older ones out and records the
     * time. The time recorded is the moment the backup began, so a change saved while it ran
     * counts as made after it.
     *
     * @throws BackupException when the backup could not be made or verified
     */
    public BackupInfo backUpNow() {
        Instant began = clock.instant();
        BackupInfo made = backups.backUp(settings.folder(), settings.keep());
        settings.setLastBackupAt(began);
        return made;
    }

    /**
     * As {@link #backUpNow()}, into {@code folder} this once (a USB stick, say) instead of the
     * backup folder; the newest {@link BackupSettings#keep()} there are kept.
     */
    public BackupInfo backUpTo(java.nio.file.Path folder) {
        Instant began = clock.instant();
        BackupInfo made = backups.backUp(folder, settings.keep());
        settings.setLastBackupAt(began);
        return made;
    }

    /** Backs up when {@link #isDue} says so; the backup made, else empty. */
    public Optional<BackupInfo> backUpIfDue(BackupPolicy.Occasion occasion) {
        return isDue(occasion) ? Optional.of(backUpNow()) : Optional.empty();
    }

    /** The backups in the backup folder, newest first. */
    public List<BackupInfo> list() {
        return backups.list(settings.folder());
    }

    private Optional<Instant> lastChange() {
        return catalogue.history().recent(1).stream().findFirst().map(ChangeEntry::at);
    }
}
