package org.liaisonlog;

import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.liaisonlog.gui.SafetyActions;
import org.liaisonlog.gui.backup.RestoreDialog;
import org.liaisonlog.gui.backup.RestoreViewModel;
import org.liaisonlog.gui.backup.SafetySettingsDialog;
import org.liaisonlog.gui.backup.SafetySettingsViewModel;
import org.liaisonlog.gui.security.PasswordChangePane;
import org.liaisonlog.gui.security.PasswordChangeViewModel;
import org.liaisonlog.gui.security.PasswordChangeViewModel.Kind;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.logic.backup.BackupSettings;
import org.liaisonlog.persistence.BackupPasswords;

/**
 * The File menu's safety items for the catalogue open: Restore from backup…, Backup and lock
 * settings…, and Encrypt… or Change password… and Remove password….
 */
final class SafetyMenu {

    private final LiaisonLogApp app;
    private final CatalogueSession session;
    private final Stage stage;
    private final FxTaskExecutor executor;
    private final CatalogueChanges changes;

    SafetyMenu(LiaisonLogApp app, CatalogueSession session, Stage stage, FxTaskExecutor executor,
               CatalogueChanges changes) {
        this.app = app;
        this.session = session;
        this.stage = stage;
        this.executor = executor;
        this.changes = changes;
    }

    SafetyActions actions() {
        boolean encrypted = session.catalogue().isEncrypted();
        return new SafetyActions(this::restore, this::settings,
                encrypted ? null : () -> askPasswords(Kind.ENCRYPT),
                encrypted ? () -> askPasswords(Kind.CHANGE) : null,
                encrypted ? () -> askPasswords(Kind.REMOVE) : null);
    }

    /** File › Restore from backup…: a backup running must finish first (it reads the catalogue being replaced). */
    private void restore() {
        if (session.backups().runningProperty().get()) {
            app.dialogs().showError(app.messages().get("backup.busy"), app.messages().get("backup.busy.detail"));
            return;
        }
        RestoreViewModel viewModel = new RestoreViewModel(session::listBackups, BackupPasswords::check, executor,
                app.dialogs(), app.messages());
        new RestoreDialog(viewModel, app.messages(), stage, changes::restore).show();
    }

    /** File › Backup and lock settings…: kept in the catalogue and in the user's settings, applied at once. */
    private void settings() {
        BackupSettings backup = session.backupSettings();
        // the catalogue's own settings are read in the background, then the dialog shows them
        executor.run(() -> new Current(backup.chosenFolder().orElse(null), backup.keep()), current -> {
            SafetySettingsViewModel viewModel = new SafetySettingsViewModel(
                    BackupSettings.defaultFolder(session.catalogue().folder()), current.folder(), current.keep(),
                    app.settings().lockMinutes(), choice -> {
                        backup.setFolder(choice.folder());
                        backup.setKeep(choice.keep());
                    }, executor, app.dialogs(), app.messages());
            new SafetySettingsDialog(viewModel, app.messages(), stage, session.locker() != null, this::apply).show();
        }, failure -> app.dialogs().showError(app.messages().get("error.title"),
                org.liaisonlog.gui.util.ErrorTexts.describe(failure, app.messages())));
    }

    /** The backup folder and how many backups are kept, as the catalogue has them. */
    private record Current(java.nio.file.Path folder, int keep) {
    }

    /** The settings saved: remembered outside the catalogue too, and the idle time applied at once. */
    private void apply(SafetySettingsViewModel.Choice choice) {
        app.changeSettings(app.settings()
                .withBackupFolder(choice.folder() == null ? null : choice.folder().toString())
                .withLockMinutes(choice.lockMinutes()));
        if (session.locker() != null) {
            session.locker().setIdleTime(java.time.Duration.ofMinutes(choice.lockMinutes()));
        }
        session.backups().tell(app.messages().get("safety.saved"));
    }

    private static void wipe(PasswordChangeViewModel.Request request) {
        if (request.current() != null) {
            java.util.Arrays.fill(request.current(), '\0');
        }
        if (request.chosen() != null) {
            java.util.Arrays.fill(request.chosen(), '\0');
        }
    }

    /**
     * The passwords asked in place of the window's content; once confirmed, a backup first (the
     * status line says so), then the catalogue is closed, rewritten and opened again.
     */
    private void askPasswords(Kind kind) {
        Parent content = stage.getScene().getRoot();
        PasswordChangeViewModel viewModel = new PasswordChangeViewModel(kind, session.catalogue()::acceptsPassphrase,
                executor, app.dialogs(), app.messages());
        PasswordChangePane pane = new PasswordChangePane(viewModel, app.messages(), request -> {
            stage.getScene().setRoot(content);
            session.backups().backUpBefore(() -> changes.rewrite(request), () -> wipe(request));
        }, () -> stage.getScene().setRoot(content));
        stage.getScene().setRoot(pane);
        Platform.runLater(pane::focus);
    }
}
