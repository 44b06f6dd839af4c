package org.liaisonlog.gui.trip;

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
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.persistence.H2Catalogue;

/** The trips screen alone in a stage, over a real catalogue file, for TestFX tests. */
final class TripsFixture {

    private final Path folder;
    private final Messages messages;
    private Catalogue catalogue;
    private FxTaskExecutor executor;
    private TripsView view;

    TripsFixture(Path folder, Locale locale) {
        this.folder = folder;
        this.messages = new Messages(locale);
    }

    /** Opens the catalogue (creating it with reference data) and shows the trips screen in the stage. */
    void open(Stage stage) {
        catalogue = H2Catalogue.open(folder);
        FirstStart.prepare(catalogue);
        FirstStart.startEmpty(catalogue);
        executor = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        TripsViewModel trips = new TripsViewModel(new TripService(catalogue), executor, dialogs, messages);
        view = new TripsView(trips, messages, () -> stage);
        stage.setScene(new Scene(view, 1200, 700));
        Styles.apply(stage.getScene());
        stage.show();
        view.load();
    }

    void reload() {
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

    /** Waits until background work has handed its results back to the window. */
    void settle() {
        ScreenTests.settle(executor, 200);
    }

    Catalogue catalogue() {
        return catalogue;
    }

    TripsView view() {
        return view;
    }
}
