package org.liaisonlog.gui.person;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.ScreenTests;
import org.liaisonlog.gui.ScreenView;
import org.liaisonlog.gui.util.FxDialogService;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * One screen (people or organisations) alone in a stage, over a real catalogue file holding the
 * reference data and the example, for TestFX tests.
 */
public final class ScreenFixture {

    /** What builds the screen from the fixture's parts. */
    public interface ScreenFactory {
        ScreenView create(Catalogue catalogue, FxTaskExecutor executor, FxDialogService dialogs, Messages messages,
                          java.util.function.Supplier<Window> owner, java.util.function.Consumer<UUID> eventOpener);
    }

    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<UUID> openedEvents = new ArrayList<>();
    private Catalogue catalogue;
    private FxTaskExecutor executor;

    public void open(Stage stage, Path folder, ScreenFactory factory) {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        executor = new FxTaskExecutor();
        FxDialogService dialogs = new FxDialogService(messages);
        dialogs.setOwner(stage);
        ScreenView view = factory.create(catalogue, executor, dialogs, messages, () -> stage, openedEvents::add);
        stage.setScene(new Scene((Parent) view.node(), 1100, 700));
        Styles.apply(stage.getScene());
        stage.show();
        view.load();
    }

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
        ScreenTests.settle(executor, 200);
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    /** The events the screen asked to open, in order. */
    public List<UUID> openedEvents() {
        return openedEvents;
    }
}
