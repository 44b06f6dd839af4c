package org.liaisonlog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.liaisonlog.gui.security.NewPassphrasePane;
import org.liaisonlog.gui.security.NewPassphraseViewModel;
import org.liaisonlog.gui.security.PassphrasePane;
import org.liaisonlog.gui.security.PassphraseViewModel;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.ProgressPane;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupSettings;
import org.liaisonlog.persistence.CheckedOpen;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.H2Recovery;

/**
 * How the window opens its catalogue, in the window itself: a new catalogue is offered a password
 * before it is created; an encrypted one asks for its password (as often as needed); every
 * existing one is checked as it opens, and a damaged one is renamed aside, never overwritten,
 * with the newest verified backup offered in its place.
 */
final class CatalogueOpening {

    /** How long opening may take before the window says that it is opening. */
    static final javafx.util.Duration OPENING_SAID_AFTER = javafx.util.Duration.millis(300);

    private final Stage stage;
    private final Path folder;
    private final LaunchOptions options;
    private final Messages messages;
    private final FxDialogService dialogs;
    private final FxTaskExecutor executor;
    private final List<Path> backupFolders;
    private final Consumer<H2Catalogue> opened;

    /**
     * @param backupFolders where backups may be, beyond the default folder beside the catalogue
     *                      (the one the user chose, remembered outside the catalogue)
     * @param opened        gets the catalogue once it is open and checked
     */
    CatalogueOpening(Stage stage, Path folder, LaunchOptions options, Messages messages, FxDialogService dialogs,
                     FxTaskExecutor executor, List<Path> backupFolders, Consumer<H2Catalogue> opened) {
        this.stage = stage;
        this.folder = folder;
        this.options = options;
        this.messages = messages;
        this.dialogs = dialogs;
        this.executor = executor;
        this.backupFolders = backupFolders;
        this.opened = opened;
    }

    /** What the catalogue folder holds: an encrypted catalogue, one without a password, or none yet. */
    private enum Found { ENCRYPTED, PLAIN, NONE }

    /** Looks at the folder, then asks or opens as it holds (or takes the opening begun early). */
    void begin() {
        showOpeningSoon();
        var early = HeadStart.take(folder);
        if (early.isPresent()) {
            // begun from main while the toolkit started: the same opening, its result awaited here
            executor.run(() -> HeadStart.await(early.get()), result -> result.ifPresentOrElse(this::checked,
                    this::look), this::failed);
            return;
        }
        look();
    }

    private void look() {
        executor.run(() -> H2Catalogue.isEncrypted(folder) ? Found.ENCRYPTED
                : Files.exists(folder.resolve(ExistingCatalogue.CATALOGUE_FILE)) || options.example()
                        ? Found.PLAIN : Found.NONE, found -> {
            switch (found) {
                case ENCRYPTED -> askPassword();
                case PLAIN -> open(() -> CheckedOpen.open(folder));
                case NONE -> offerPassword();
            }
        }, this::failed);
    }

    /**
     * Opens the encrypted catalogue with a password already known (just chosen or restored with),
     * without asking again; the password is wiped after. Should it not open the catalogue, it is
     * asked for as at start.
     */
    void openWith(char[] password) {
        showOpening();
        executor.run(() -> {
            try {
                return H2Catalogue.isEncrypted(folder) ? CheckedOpen.open(folder, password) : CheckedOpen.open(folder);
            } finally {
                Arrays.fill(password, '\0');
            }
        }, this::checked, failure -> {
            if (failure instanceof org.liaisonlog.logic.catalogue.WrongPasswordException) {
                askPassword();
            } else {
                failed(failure);
            }
        });
    }

    private void showOpening() {
        stage.getScene().setRoot(openingPane());
    }

    /**
     * Says that the catalogue is opening, unless the window shows something else first: a
     * catalogue that opens at once (as one opened while the toolkit started does) shows its
     * screen without a spinner flashing and without the cost of drawing one.
     */
    private void showOpeningSoon() {
        javafx.scene.Parent before = stage.getScene().getRoot();
        javafx.animation.PauseTransition later = new javafx.animation.PauseTransition(OPENING_SAID_AFTER);
        later.setOnFinished(e -> {
            if (stage.getScene().getRoot() == before) {
                stage.getScene().setRoot(openingPane());
            }
        });
        later.play();
    }

    private javafx.scene.Parent openingPane() {
        return ProgressPane.of(messages.format("status.opening", folder), null);
    }

    private void open(Callable<CheckedOpen.Result> opening) {
        executor.run(opening, this::checked, this::failed);
    }

    private void checked(CheckedOpen.Result result) {
        if (result instanceof CheckedOpen.Opened done) {
            opened.accept(done.catalogue());
        } else {
            damaged();
        }
    }

    /**
     * A new catalogue: offers to protect it with a password before it is created, so that it is
     * encrypted from its first byte. (With --example, a demonstration, it is made without one.)
     */
    private void offerPassword() {
        NewPassphrasePane pane = new NewPassphrasePane(new NewPassphraseViewModel(messages), messages, password -> {
            showOpening();
            if (password == null) {
                open(() -> CheckedOpen.open(folder));
            } else {
                executor.run(() -> {
                    try {
                        return H2Catalogue.open(folder, password);
                    } finally {
                        Arrays.fill(password, '\0');
                    }
                }, opened, this::failed);
            }
        });
        stage.getScene().setRoot(pane);
        Platform.runLater(pane::focus);
    }

    /** The catalogue is encrypted: its password is asked in the window, as often as needed. */
    private void askPassword() {
        PassphraseViewModel viewModel = new PassphraseViewModel(messages, executor);
        PassphrasePane[] pane = new PassphrasePane[1];
        pane[0] = new PassphrasePane(viewModel, messages.get("open.encrypted.heading"),
                messages.get("open.encrypted.explanation"), messages.get("open.encrypted.button"),
                () -> viewModel.submit(passphrase -> CheckedOpen.open(folder, passphrase), this::checked,
                        this::failed));
        pane[0].setId("openPasswordPane");
        stage.getScene().setRoot(pane[0]);
        Platform.runLater(pane[0]::focus);
    }

    /**
     * The catalogue is damaged: it is renamed aside (kept, never overwritten) and the newest
     * verified backup offered; else an empty catalogue, or quitting.
     */
    private void damaged() {
        H2Recovery recovery = new H2Recovery(H2Catalogue::open, Clock.systemDefaultZone());
        executor.run(() -> new SetAside(recovery.setAside(folder), recovery.newestVerified(folders())), aside -> {
            String message = messages.format("damaged.message", aside.file().getFileName().toString());
            if (aside.backup().isEmpty()) {
                boolean empty = dialogs.confirm(messages.get("damaged.title"),
                        message + "\n\n" + messages.get("damaged.offer.none"), messages.get("damaged.startEmpty"));
                if (empty) {
                    begin();
                } else {
                    Platform.exit();
                }
                return;
            }
            BackupInfo backup = aside.backup().get();
            int choice = dialogs.choose(messages.get("damaged.title"), message + "\n\n" + messages.format(
                            "damaged.offer", DateTexts.dateTime(backup.madeAt(), java.time.ZoneId.systemDefault(), messages.locale()),
                            backup.file().getFileName().toString()),
                    List.of(messages.get("damaged.offer.restore"), messages.get("damaged.startEmpty"))).orElse(-1);
            if (choice == 0) {
                restore(recovery, backup);
            } else if (choice == 1) {
                begin();
            } else {
                Platform.exit();
            }
        }, this::failed);
    }

    /** The damaged file's new name, and the backup to offer. */
    private record SetAside(Path file, Optional<BackupInfo> backup) {
    }

    /**
     * Restores the backup into the folder, then opens the catalogue as at start (an encrypted
     * backup is checked with its password when it is opened: the restore asks for it first).
     */
    private void restore(H2Recovery recovery, BackupInfo backup) {
        if (!backup.encrypted()) {
            executor.run(() -> recovery.restore(folder, backup), kept -> begin(), this::failed);
            return;
        }
        PassphraseViewModel viewModel = new PassphraseViewModel(messages, executor);
        PassphrasePane[] pane = new PassphrasePane[1];
        pane[0] = new PassphrasePane(viewModel, messages.get("restore.title"),
                messages.get("restore.password"), messages.get("damaged.offer.restore"),
                () -> viewModel.submit(passphrase -> {
                    char[] kept = passphrase.clone();
                    try {
                        return new H2Recovery(f -> H2Catalogue.open(f, kept), Clock.systemDefaultZone())
                                .restore(folder, backup);
                    } finally {
                        Arrays.fill(kept, '\0');
                    }
                }, done -> begin(), this::failed));
        stage.getScene().setRoot(pane[0]);
        Platform.runLater(pane[0]::focus);
    }

    private List<Path> folders() {
        List<Path> all = new java.util.ArrayList<>(backupFolders);
        all.add(0, BackupSettings.defaultFolder(folder));
        return all;
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("error.openTitle"), ErrorTexts.describe(error, messages));
        Platform.exit();
    }
}
