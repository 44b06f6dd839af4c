package org.liaisonlog.gui.backup;

import java.time.Duration;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupPolicy.Occasion;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * The window's backups: "Back up now", the daily backup while the catalogue is open and the one
 * on closing when anything changed. Backups run in the background (a verified backup of a large
 * catalogue takes a while); the status line says when one runs and what it made; a failure is
 * told in a dialog, and the earlier backups stay as they were.
 */
public final class BackupsViewModel {

    private final BackupService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public BackupsViewModel(BackupService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** File › Back up now. */
    public void backUpNow() {
        if (running.get()) {
            return;
        }
        begin();
        executor.run(service::backUpNow, made -> done(Optional.of(made)), this::failed);
    }

    /**
     * Backs up if one is due on this occasion (on closing: anything changed since the last one;
     * while open: a day since the last one), then runs {@code then} on the JavaFX thread, whatever
     * happened (a failed backup on closing is told, and closing goes on).
     */
    public void backUpIfDue(Occasion occasion, Runnable then) {
        if (running.get()) {
            then.run();
            return;
        }
        begin();
        executor.run(() -> service.backUpIfDue(occasion), made -> {
            done(made);
            then.run();
        }, error -> {
            failed(error);
            then.run();
        });
    }

    /** How long until the daily backup is due: when to call {@link #backUpIfDue} again. */
    public Duration untilDaily() {
        return service.untilDaily();
    }

    private void begin() {
        running.set(true);
        notice.set(messages.get("backup.running"));
    }

    private void done(Optional<BackupInfo> made) {
        running.set(false);
        notice.set(made.map(this::describe).orElse(""));
    }

    private String describe(BackupInfo made) {
        return messages.format("backup.done", made.file().getFileName().toString(), size(made.size()));
    }

    private String size(long bytes) {
        return bytes >= 1024 * 1024 ? messages.format("backup.size.mb", bytes / (1024.0 * 1024.0))
                : messages.format("backup.size.kb", Math.max(1, bytes / 1024));
    }

    private void failed(Throwable error) {
        running.set(false);
        notice.set("");
        dialogs.showError(messages.get("backup.failed"), ErrorTexts.describe(error, messages));
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the status line says: a backup running, the last one made, or nothing. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }
}
