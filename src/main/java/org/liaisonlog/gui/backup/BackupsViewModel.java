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
        backUpIfDue(occasion, () -> { }, then);
    }

    /**
     * As {@link #backUpIfDue(Occasion, Runnable)}; {@code started} runs on the JavaFX thread when a
     * backup is found due and begins (not when none is due), so that the window can show it.
     */
    public void backUpIfDue(Occasion occasion, Runnable started, Runnable then) {
        if (running.get()) {
            then.run();
            return;
        }
        running.set(true);
        executor.run(() -> service.isDue(occasion), due -> {
            if (!due) {
                running.set(false);
                then.run();
                return;
            }
            begin();
            started.run();
            executor.run(service::backUpNow, made -> {
                done(Optional.of(made));
                then.run();
            }, error -> {
                failed(error);
                then.run();
            });
        }, error -> {
            failed(error);
            then.run();
        });
    }

    /**
     * A backup now, before the catalogue is rewritten: {@code then} runs on the JavaFX thread once
     * it is made and verified; a failure is told and {@code otherwise} runs instead (nothing
     * changed). When a backup is already running the user is told to try again when it is done.
     */
    public void backUpBefore(Runnable then, Runnable otherwise) {
        if (running.get()) {
            dialogs.showError(messages.get("backup.busy"), messages.get("backup.busy.detail"));
            otherwise.run();
            return;
        }
        begin();
        executor.run(service::backUpNow, made -> {
            done(Optional.of(made));
            then.run();
        }, error -> {
            failed(error);
            otherwise.run();
        });
    }

    /** Puts a sentence in the status line (what the program just did), until the next backup. */
    public void tell(String text) {
        notice.set(text == null ? "" : text);
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
        return BackupTexts.size(bytes, messages);
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
