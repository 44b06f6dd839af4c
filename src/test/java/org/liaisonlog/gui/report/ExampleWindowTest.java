package org.liaisonlog.gui.report;

import java.nio.file.Path;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.gui.trip.TripRowViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What the report screens' TestFX tests share: the whole main window over the example catalogue
 * ({@link ExampleWindowFixture}), closed after each test, its dialogs answering as the test tells.
 * Each test class opens it in its own {@code @Start} method (TestFX looks for that in the test
 * class itself, not in the classes it extends).
 */
@ExtendWith(ApplicationExtension.class)
abstract class ExampleWindowTest {

    /** The example catalogue's event. */
    static final String TITLE = "Sixth Scientific and Practical Conference";

    @TempDir
    static Path folder;

    final ExampleWindowFixture window = new ExampleWindowFixture();
    final RecordingDialogs dialogs = window.dialogs();

    @AfterEach
    void close() {
        window.close();
    }

    /** Waits for the window's background work and the JavaFX events it posted. */
    void settle() {
        window.settle();
    }

    /** Shows the trips screen with its first trip selected. */
    void selectFirstTrip(FxRobot robot) {
        settle();
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        robot.interact(() -> navigation.getSelectionModel().select(Screen.TRIPS));
        settle();
        TableView<TripRowViewModel> trips = robot.lookup("#tripsTable").queryTableView();
        robot.interact(() -> trips.getSelectionModel().select(0));
    }
}
