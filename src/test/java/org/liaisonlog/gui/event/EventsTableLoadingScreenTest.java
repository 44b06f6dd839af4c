package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.persistence.H2Catalogue;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real events table on a catalogue larger than a screenful, its background work run step by
 * step: the newest lines show first, a line selected meanwhile stays selected when all arrive,
 * and the title column sorts by the language once its keys were prepared.
 */
@ExtendWith(ApplicationExtension.class)
class EventsTableLoadingScreenTest {

    private static final int EVENTS = EventsViewModel.FIRST_LINES + 30;

    @TempDir
    static Path folder;

    private Catalogue catalogue;
    private final Deque<Runnable> tasks = new ArrayDeque<>();
    private EventsView view;

    @Start
    void start(Stage stage) {
        catalogue = H2Catalogue.open(folder.resolve(String.valueOf(System.nanoTime())));
        ReferenceData.loadInto(catalogue);
        for (int i = 0; i < EVENTS; i++) {
            // One event a month; titles mix case and Cyrillic so that the order is the language's.
            String title = (i % 3 == 0 ? "meeting " : i % 3 == 1 ? "Meeting " : "Совещание ") + i;
            catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING, title, null, null, null,
                    List.of(), "Tashkent", "UZ", null, PartialDate.ofMonth(2000 + i / 12, 1 + i % 12), null, null,
                    null, List.of(), List.of(), List.of()));
        }
        TaskExecutor queued = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                tasks.add(() -> TaskExecutor.synchronous().run(work, onSuccess, onFailure));
            }
        };
        Messages messages = new Messages(Locale.ENGLISH);
        view = new EventsView(new EventsViewModel(new EventService(catalogue), queued, new RecordingDialogs(),
                messages), messages, () -> stage);
        stage.setScene(new Scene(view, 1000, 600));
        stage.show();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void theNewestLinesShowFirstAndASelectionMadeMeanwhileStays(FxRobot robot) {
        TableView<EventRowViewModel> table = view.tableView();
        robot.interact(view::load);
        runNext(robot);
        assertThat(table.getItems()).hasSize(EventsViewModel.FIRST_LINES);
        assertThat(table.getItems().get(0).title()).isEqualTo(title(EVENTS - 1));

        robot.interact(() -> table.getSelectionModel().select(3));
        EventRowViewModel selected = table.getSelectionModel().getSelectedItem();
        runNext(robot);
        assertThat(table.getItems()).hasSize(EVENTS);
        assertThat(table.getSelectionModel().getSelectedItem()).isSameAs(selected);
    }

    @Test
    void theTitleColumnSortsAsTheLanguageDoesOnceItsKeysArePrepared(FxRobot robot) {
        TableView<EventRowViewModel> table = view.tableView();
        robot.interact(view::load);
        while (!tasks.isEmpty()) {
            runNext(robot);
        }
        robot.clickOn("#title");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> titles = table.getItems().stream().map(EventRowViewModel::title).toList();
        assertThat(titles).hasSize(EVENTS);
        assertThat(titles).isSortedAccordingTo(java.text.Collator.getInstance(Locale.ENGLISH));
        assertThat(titles.get(0)).isEqualTo("meeting 0");
        assertThat(titles.get(EVENTS - 1)).startsWith("Совещание");
    }

    @Test
    void aSecondClickOnASortedColumnReversesTheLines(FxRobot robot) {
        TableView<EventRowViewModel> table = view.tableView();
        robot.interact(view::load);
        while (!tasks.isEmpty()) {
            runNext(robot);
        }
        assertThat(table.getItems().get(0).title()).as("newest first").isEqualTo(title(EVENTS - 1));
        robot.clickOn("#title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(table).get(0)).isEqualTo("meeting 0");
        robot.clickOn("#title");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> descending = titles(table);
        assertThat(descending.get(EVENTS - 1)).as("Z to A: the first title last").isEqualTo("meeting 0");
        assertThat(descending).isSortedAccordingTo(java.text.Collator.getInstance(Locale.ENGLISH).reversed());

        robot.clickOn("#date"); // another column: ascending, oldest first
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).title()).isEqualTo(title(0));
        robot.clickOn("#date"); // again: reversed, newest first
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems().get(0).title()).isEqualTo(title(EVENTS - 1));
    }

    @Test
    void aSortAskedBeforeTheKeysAreMadeWaitsForThemInTheBackground(FxRobot robot) {
        TableView<EventRowViewModel> table = view.tableView();
        robot.interact(() -> view.makeKeysWhileSortingUpTo(10));
        robot.interact(view::load);
        runNext(robot);
        runNext(robot); // all lines are there; making their keys waits in the background
        List<String> before = titles(table);
        assertThat(before).hasSize(EVENTS);

        robot.clickOn("#title");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(titles(table)).as("not sorted on the JavaFX thread").isEqualTo(before);
        assertThat(robot.lookup("#eventCount").queryLabeled().getText()).isEqualTo("Sorting…");

        while (!tasks.isEmpty()) {
            runNext(robot);
        }
        List<String> after = titles(table);
        assertThat(after).isSortedAccordingTo(java.text.Collator.getInstance(Locale.ENGLISH));
        assertThat(after.get(0)).isEqualTo("meeting 0");
        assertThat(robot.lookup("#eventCount").queryLabeled().getText()).isEqualTo(EVENTS + " events");
    }

    private static List<String> titles(TableView<EventRowViewModel> table) {
        return table.getItems().stream().map(EventRowViewModel::title).toList();
    }

    private static String title(int i) {
        return (i % 3 == 0 ? "meeting " : i % 3 == 1 ? "Meeting " : "Совещание ") + i;
    }

    private void runNext(FxRobot robot) {
        assertThat(tasks).as("background work waiting").isNotEmpty();
        robot.interact(() -> tasks.poll().run());
    }
}
