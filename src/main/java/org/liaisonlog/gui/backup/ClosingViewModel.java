package org.liaisonlog.gui.backup;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupPolicy.Occasion;

/**
 * Closing the program: the backup due on closing is made first (a large catalogue takes most of
 * a minute), and {@link #backingUpProperty()} is true meanwhile so that the window shows it.
 * Closing again while it runs offers to quit at once, the backup skipped (everything saved stays
 * in the catalogue; only that backup is not made).
 */
public final class ClosingViewModel {

    private final BackupsViewModel backups;
    private final DialogService dialogs;
    private final Messages messages;
    private final Runnable exit;
    private final ReadOnlyBooleanWrapper backingUp = new ReadOnlyBooleanWrapper(false);
    private boolean closing;
    private boolean exited;

    /**
     * @param exit ends the program (once)
     */
    public ClosingViewModel(BackupsViewModel backups, DialogService dialogs, Messages messages, Runnable exit) {
        this.backups = backups;
        this.dialogs = dialogs;
        this.messages = messages;
        this.exit = exit;
    }

    /** The window's close (or File › Quit): the first time backs up when due, then exits; again, {@link #quitNow()}. */
    public void close() {
        if (exited) {
            return;
        }
        if (closing) {
            quitNow();
            return;
        }
        closing = true;
        backups.backUpIfDue(Occasion.CLOSE, () -> backingUp.set(true), () -> {
            backingUp.set(false);
            exit();
        });
    }

    /** Quits without waiting for the backup, once the user confirms that it is skipped. */
    public void quitNow() {
        if (exited || !closing) {
            return;
        }
        if (dialogs.confirm(messages.get("closing.skip.title"), messages.get("closing.skip.confirm"),
                messages.get("closing.skip.button"))) {
            exit();
        }
    }

    private void exit() {
        if (!exited) {
            exited = true;
            backingUp.set(false);
            exit.run();
        }
    }

    /** True while the backup before closing runs. */
    public ReadOnlyBooleanProperty backingUpProperty() {
        return backingUp.getReadOnlyProperty();
    }
}
