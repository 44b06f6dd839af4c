package org.liaisonlog;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import org.liaisonlog.gui.backup.BackupsViewModel;
import org.liaisonlog.gui.security.Locker;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupPolicy;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.backup.BackupSettings;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * What the window holds open for one catalogue: the catalogue, its search index, its backups
 * (with the daily timer) and, for an encrypted catalogue, the locker. Made when the catalogue is
 * opened; {@link #stop()} and {@link #close()} end it all, so the same window can close the
 * catalogue and open it again (after a restore or a change of password).
 */
final class CatalogueSession {

    private final H2Catalogue catalogue;
    private final H2Backups backupFiles;
    private final BackupService backupService;
    private final BackupsViewModel backups;
    private final Locker locker;
    private final PauseTransition dailyBackup = new PauseTransition();
    private final FxTaskExecutor backupWorker;
    /** True once {@link #stop()} has run: no daily backup is scheduled any more. */
    private boolean stopped;
    private CatalogueSearch search;

    /**
     * @param lockAfter the idle time before an encrypted catalogue's window locks
     */
    CatalogueSession(H2Catalogue catalogue, Stage stage, Messages messages, DialogService dialogs,
                     FxTaskExecutor executor, FxTaskExecutor backupWorker, Duration lockAfter) {
        this.catalogue = catalogue;
        Clock clock = Clock.systemDefaultZone();
        this.backupFiles = new H2Backups(catalogue, clock);
        this.backupService = new BackupService(catalogue, backupFiles, clock);
        this.backupWorker = backupWorker;
        this.backups = new BackupsViewModel(backupService, backupWorker, dialogs, messages);
        this.locker = catalogue.isEncrypted()
                ? new Locker(stage, messages, executor, catalogue::acceptsPassphrase, lockAfter) : null;
        scheduleDailyBackup();
    }

    /**
     * Looks again when the daily backup falls due, and backs up then if it still is. When it falls
     * due is read from the catalogue on the backup worker, not on the interface thread.
     */
    private void scheduleDailyBackup() {
        dailyBackup.stop();
        backupWorker.run(backups::untilDaily, until -> {
            if (stopped) {
                return;
            }
            dailyBackup.setDuration(javafx.util.Duration.millis(Math.max(60_000, until.toMillis())));
            dailyBackup.setOnFinished(e -> backups.backUpIfDue(BackupPolicy.Occasion.WHILE_OPEN,
                    this::scheduleDailyBackup));
            dailyBackup.playFromStart();
        }, error -> { }); // the catalogue was closed meanwhile: nothing to schedule
    }

    H2Catalogue catalogue() {
        return catalogue;
    }

    BackupsViewModel backups() {
        return backups;
    }

    BackupSettings backupSettings() {
        return backupService.settings();
    }

    /** The locker, or null for a catalogue without a password. */
    Locker locker() {
        return locker;
    }

    /**
     * The catalogue's search. Its index is built in the background from {@link #startSearchIndex()}
     * (a little after the window shows its first screen, so that both do not share the processor
     * at start), or from the first search asked before that.
     */
    CatalogueSearch search() {
        if (search == null) {
            search = new CatalogueSearch(catalogue);
        }
        return search;
    }

    /** Starts building the search index (once). */
    void startSearchIndex() {
        search().startBuilding();
    }

    /**
     * Every backup of the catalogue: in the backup folder chosen and in the default one beside
     * the catalogue (reads files: call it off the interface thread).
     */
    List<BackupInfo> listBackups() {
        List<BackupInfo> all = new ArrayList<>(backupFiles.list(backupSettings().folder()));
        Path standard = BackupSettings.defaultFolder(catalogue.folder());
        if (!standard.equals(backupSettings().folder())) {
            all.addAll(backupFiles.list(standard));
        }
        return all;
    }

    /** Stops the daily backup's timer and the locker (on the interface thread, before {@link #close()}). */
    void stop() {
        stopped = true;
        dailyBackup.stop();
        if (locker != null) {
            locker.close();
        }
    }

    /** Closes the search index and the catalogue (slow: off the interface thread). */
    void close() {
        if (search != null) {
            search.close();
        }
        catalogue.close();
    }
}
