package org.liaisonlog;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueLocation;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The window program: shows the window at once, opens the catalogue in the background (creating
 * and migrating it if needed), asks on a first start whether to load the example, then shows
 * the events.
 */
public final class LiaisonLogApp extends Application {

    private final FxTaskExecutor executor = new FxTaskExecutor();
    private Catalogue catalogue;

    @Override
    public void start(Stage stage) {
        LaunchOptions options = LaunchOptions.get();
        Messages messages = new Messages(options.locale());
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        Path folder = CatalogueLocation.resolve(options.catalogue());
        stage.setTitle(messages.get("app.title"));
        VBox opening = new VBox(12, new ProgressIndicator(), new Label(messages.format("status.opening", folder)));
        opening.getStyleClass().add("opening");
        Scene scene = new Scene(opening, 1280, 800);
        Styles.apply(scene);
        stage.setScene(scene);
        stage.show();
        executor.run(() -> {
            H2Catalogue opened = H2Catalogue.open(folder);
            try {
                FirstStart.prepare(opened);
                return new Opened(opened, FirstStart.needsChoice(opened));
            } catch (RuntimeException e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            catalogue = opened.catalogue();
            Runnable show = () -> showWorkspace(stage, messages, dialogs);
            if (opened.needsChoice()) {
                firstStart(options, messages, dialogs, show);
            } else {
                show.run();
            }
        }, error -> {
            dialogs.showError(messages.get("error.openTitle"), ErrorTexts.describe(error, messages));
            Platform.exit();
        });
    }

    /** An opened catalogue, and whether the user must still choose between empty and the example. */
    private record Opened(Catalogue catalogue, boolean needsChoice) {
    }

    private void firstStart(LaunchOptions options, Messages messages, FxDialogService dialogs, Runnable then) {
        boolean example = options.example() || dialogs.choose(messages.get("firstStart.header"),
                messages.get("firstStart.content"),
                List.of(messages.get("firstStart.example"), messages.get("firstStart.empty"))).orElse(1) == 0;
        executor.run(() -> {
            if (example) {
                FirstStart.loadExample(catalogue);
            } else {
                FirstStart.startEmpty(catalogue);
            }
            return null;
        }, done -> then.run(), error -> {
            dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
            then.run();
        });
    }

    private void showWorkspace(Stage stage, Messages messages, FxDialogService dialogs) {
        Workspace workspace = new Workspace(catalogue, executor, dialogs, messages, Platform::exit);
        stage.getScene().setRoot(workspace.mainWindow());
        workspace.load();
    }

    @Override
    public void stop() {
        executor.close();
        if (catalogue != null) {
            catalogue.close();
        }
    }
}
