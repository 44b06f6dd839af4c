package org.liaisonlog.gui.theme;

import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.theme.ThemeService;
import org.liaisonlog.persistence.H2Catalogue;

/** The themes screen alone in a stage, over a real catalogue file holding the example. */
final class ThemeScreenFixture {

    private final Messages messages = new Messages(Locale.ENGLISH);
    private Catalogue catalogue;
    private FxTaskExecutor executor;
    private ThemesView view;
    private final java.util.List<java.util.UUID> openedEvents = new java.util.concurrent.CopyOnWriteArrayList<>();

    void open(Path folder, Stage stage) {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        executor = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        ThemesViewModel viewModel = new ThemesViewModel(new ThemeService(catalogue), executor, dialogs, messages);
        viewModel.setEventOpener(openedEvents::add);
        view = new ThemesView(viewModel, messages, () -> stage);
        stage.setScene(new Scene(view, 1100, 720));
        Styles.apply(stage.getScene());
        stage.show();
        view.load();
    }

    void close() {
        if (executor != null) {
            executor.close();
        }
        if (catalogue != null) {
            catalogue.close();
            catalogue = null;
        }
    }

    /** Waits until background work has handed its results back to the screen. */
    void settle() {
        ScreenTests.settle(executor, 200);
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /** The events the screen asked the main window to open. */
    java.util.List<java.util.UUID> openedEvents() {
        return openedEvents;
    }

    ThemesView view() {
        return view;
    }
}
