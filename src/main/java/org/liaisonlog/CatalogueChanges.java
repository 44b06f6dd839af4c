package org.liaisonlog;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javafx.stage.Stage;
import org.liaisonlog.gui.backup.BackupTexts;
import org.liaisonlog.gui.backup.RestoreViewModel;
import org.liaisonlog.gui.security.PasswordChangeViewModel;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.ProgressPane;
import org.liaisonlog.persistence.CatalogueOpener;
import org.liaisonlog.persistence.CatalogueRewrite;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.H2Recovery;

/**
 * Changes of the catalogue file made from the window: restoring a backup, encrypting, changing
 * or removing the password. Each closes the catalogue (workspace, search index, backup timer,
 * locker), does its work in the background with the window showing what it does, and opens the
 * catalogue again through the normal opening flow: as changed, or as it was when the work failed.
 */
final class CatalogueChanges {

    /** What the program lends these changes. */
    interface Host {
        Messages messages();

        org.liaisonlog.gui.util.DialogService dialogs();

        /** Closes the open catalogue, then runs {@code then} on the interface thread. */
        void closeCatalogue(Runnable then);

        /**
         * Opens the catalogue again in the window: with {@code password} (wiped after) without
         * asking, or, when null, as at start (asking for the password of an encrypted one);
         * {@code notice} then goes in the status line.
         */
        void reopen(char[] password, String notice);
    }

    private final Stage stage;
    private final Path folder;
    private final FxTaskExecutor executor;
    private final Host host;

    CatalogueChanges(Stage stage, Path folder, FxTaskExecutor executor, Host host) {
        this.stage = stage;
        this.folder = folder;
        this.executor = executor;
        this.host = host;
    }

    /**
     * Puts the backup in place of the catalogue; the replaced file is kept beside it (H2Recovery
     * renames it {@code catalogue-replaced-…}), and on any failure everything is put back.
     */
    void restore(RestoreViewModel.Request request) {
        Messages messages = host.messages();
        char[] password = request.password();
        CatalogueOpener opener = password == null ? H2Catalogue::open : f -> H2Catalogue.open(f, password);
        String madeAt = BackupTexts.madeAt(request.backup(), messages);
        run(messages.get("restore.progress"),
                () -> new H2Recovery(opener, Clock.systemDefaultZone()).restore(folder, request.backup()),
                kept -> host.reopen(password, messages.format("restore.done", madeAt,
                        kept.map(file -> file.getFileName().toString()).orElse("—"))),
                failure -> {
                    wipe(password);
                    host.dialogs().showError(messages.get("restore.failed"), ErrorTexts.describe(failure, messages));
                    host.reopen(null, null);
                });
    }

    /**
     * Encrypts, changes the password or removes it: the catalogue file is rewritten (the old one
     * replaced only once the new one is complete and verified), then opened with the new
     * password without asking again. A failure is told and the catalogue opened as it was.
     */
    void rewrite(PasswordChangeViewModel.Request request) {
        Messages messages = host.messages();
        char[] current = request.current();
        char[] chosen = request.chosen();
        String progress = switch (request.kind()) {
            case ENCRYPT -> "password.encrypt.progress";
            case CHANGE -> "password.change.progress";
            case REMOVE -> "password.remove.progress";
        };
        String done = switch (request.kind()) {
            case ENCRYPT -> "password.encrypt.done";
            case CHANGE -> "password.change.done";
            case REMOVE -> "password.remove.done";
        };
        run(messages.get(progress), () -> switch (request.kind()) {
            case ENCRYPT -> CatalogueRewrite.encrypt(folder, chosen);
            case CHANGE -> CatalogueRewrite.changePassword(folder, current, chosen);
            case REMOVE -> CatalogueRewrite.decrypt(folder, current);
        }, rewritten -> {
            wipe(current);
            host.reopen(chosen, messages.get(done));
        }, failure -> {
            wipe(chosen);
            host.dialogs().showError(messages.get("password.failed"),
                    ErrorTexts.describe(failure, messages) + "\n\n" + messages.get("password.failed.asItWas"));
            host.reopen(current, null);
        });
    }

    /** Shows {@code what} with a progress indicator, closes the catalogue, then does the work in the background. */
    private <T> void run(String what, Callable<T> work, java.util.function.Consumer<T> done,
                         java.util.function.Consumer<Throwable> failed) {
        stage.getScene().setRoot(ProgressPane.of(what, "changeProgress"));
        host.closeCatalogue(() -> executor.run(work, done, failed));
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
