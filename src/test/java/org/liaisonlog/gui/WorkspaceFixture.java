package org.liaisonlog.gui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.liaisonlog.Workspace;
import org.liaisonlog.gui.security.Locker;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.KeyDerivation;

/**
 * The real main window over a real catalogue file, for TestFX tests: opened, closed and
 * reopened on the same folder as the program does.
 */
public final class WorkspaceFixture {

    private final Path folder;
    private final Messages messages;
    private Catalogue catalogue;
    private FxTaskExecutor executor;
    private Workspace workspace;
    private Locker locker;

    public WorkspaceFixture(Path folder) {
        this(folder, Locale.ENGLISH);
    }

    public WorkspaceFixture(Path folder, Locale locale) {
        this.folder = folder;
        this.messages = new Messages(locale);
    }

    /** Opens the catalogue (creating it with reference data) and shows the main window in the stage. */
    public void open(Stage stage) {
        open(stage, H2Catalogue.open(folder), null);
    }

    /**
     * Opens the catalogue encrypted with this password (created with a cheap key derivation, for
     * speed) and shows the main window, whose File › Lock and idle time lock it.
     */
    public void openEncrypted(Stage stage, String passphrase, Duration lockAfter) {
        H2Catalogue opened = H2Catalogue.open(folder, passphrase.toCharArray(), new KeyDerivation.Parameters(1024, 1, 1));
        open(stage, opened, lockAfter);
    }

    private void open(Stage stage, H2Catalogue opened, Duration lockAfter) {
        catalogue = opened;
        FirstStart.prepare(catalogue);
        FirstStart.startEmpty(catalogue);
        executor = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        if (opened.isEncrypted()) {
            locker = new Locker(stage, messages, executor, catalogue::acceptsPassphrase, lockAfter);
        }
        workspace = new Workspace(catalogue, executor, dialogs, messages,
                new MainWindowActions(stage::close, Styles::use, language -> { }, locker == null ? null : locker::lock));
        if (stage.getScene() == null) {
            stage.setScene(new Scene(workspace.mainWindow(), 1200, 760));
        } else {
            stage.getScene().setRoot(workspace.mainWindow());
            // the stage may come from another test class, at another size
            stage.setWidth(1200);
            stage.setHeight(760);
        }
        Styles.apply(stage.getScene());
        stage.show();
        workspace.load();
    }

    /** Reads the events table again, as after a change elsewhere. */
    public void reload() {
        workspace.load();
    }

    /** Closes the catalogue file, as quitting the program does. */
    public void close() {
        if (locker != null) {
            locker.close();
        }
        if (executor != null) {
            executor.close();
        }
        if (catalogue != null) {
            catalogue.close();
            catalogue = null;
        }
    }

    /** Waits until background work has handed its results back to the window. */
    public void settle() {
        ScreenTests.settle(executor, 200);
    }

    /** The locker of an encrypted catalogue; null otherwise. */
    public Locker locker() {
        return locker;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Messages messages() {
        return messages;
    }
}
