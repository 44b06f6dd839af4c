package org.liaisonlog.gui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.liaisonlog.Workspace;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.persistence.H2Catalogue;
import org.testfx.util.WaitForAsyncUtils;

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

    public WorkspaceFixture(Path folder) {
        this(folder, Locale.ENGLISH);
    }

    public WorkspaceFixture(Path folder, Locale locale) {
        this.folder = folder;
        this.messages = new Messages(locale);
    }

    /** Opens the catalogue (creating it with reference data) and shows the main window in the stage. */
    public void open(Stage stage) {
        catalogue = H2Catalogue.open(folder);
        FirstStart.prepare(catalogue);
        FirstStart.startEmpty(catalogue);
        executor = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        workspace = new Workspace(catalogue, executor, dialogs, messages,
                new MainWindowActions(stage::close, Styles::use, language -> { }));
        if (stage.getScene() == null) {
            stage.setScene(new Scene(workspace.mainWindow(), 1200, 760));
        } else {
            stage.getScene().setRoot(workspace.mainWindow());
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
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 200 && executor.busyProperty().get(); i++) {
            WaitForAsyncUtils.sleep(25, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public Messages messages() {
        return messages;
    }
}
