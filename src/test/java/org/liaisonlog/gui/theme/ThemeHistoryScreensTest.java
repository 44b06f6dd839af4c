package org.liaisonlog.gui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The theme editor's History tab and its events tab, on the real themes screen over the example. */
@ExtendWith(ApplicationExtension.class)
class ThemeHistoryScreensTest {

    @TempDir
    static Path folder;

    private final ThemeScreenFixture fixture = new ThemeScreenFixture();

    @Start
    void start(Stage stage) {
        fixture.open(folder.resolve(UUID.randomUUID().toString()), stage);
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void aRenamedThemeShowsTheChangeInItsHistory(FxRobot robot) throws TimeoutException {
        fixture.settle();
        filter(robot, "afghan");
        clickTreeCell(robot, "Afghanistan (1)");
        robot.clickOn("#historyTab");
        waitFor(robot, "#historyList");
        assertThat(robot.lookup("#historyList").queryListView().getItems()).as("nothing changed yet").isEmpty();

        robot.clickOn("#themeEventsTab");
        TextField name = robot.lookup("#themeNameEn").queryAs(TextField.class);
        robot.clickOn(name);
        robot.interact(name::selectAll);
        robot.eraseText(1).write("Afghan region");
        robot.clickOn("#saveThemeButton");
        fixture.settle();

        // Open another theme, then the renamed one again.
        filter(robot, "");
        clickTreeCell(robot, "Regional security");
        filter(robot, "afghan");
        clickTreeCell(robot, "Afghan region (1)");
        robot.clickOn("#historyTab");
        waitFor(robot, "#historyList");
        ListView<ChangeEntry> history = robot.lookup("#historyList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        assertThat(history.getItems().get(0).kind()).isEqualTo(ChangeKind.UPDATE);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#historyList .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
        assertThat(shown).contains("Name (English): Afghanistan → Afghan region");
        assertThat(shown).anySatisfy(heading -> assertThat(heading)
                .matches("\\d{1,2} [A-Z][a-z]{2} \\d{4}, \\d{2}:\\d{2} — Edited"));
    }

    @Test
    void theEventsOfAThemeSortByTheirDatesNotByTheText(FxRobot robot) throws TimeoutException {
        fixture.settle();
        Theme afghanistan = fixture.catalogue().themes().findAll().stream()
                .filter(t -> t.nameEn().equals("Afghanistan")).findFirst().orElseThrow();
        // "1 Mar 2019" comes before "31 Oct – 1 Nov 2018" as text, after it as a date.
        fixture.catalogue().events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING, "Afghan consultations",
                null, null, null, List.of(), "Kabul", "AF", null, PartialDate.ofDay(LocalDate.of(2019, 3, 1)), null,
                null, null, List.of(afghanistan.id()), List.of(), List.of()));
        robot.interact(fixture.view()::load);
        fixture.settle();
        filter(robot, "afghan");
        clickTreeCell(robot, "Afghanistan (2)");
        TableView<ThemeEventRowViewModel> events = robot.lookup("#themeEvents").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> events.getItems().size() == 2);
        assertThat(robot.lookup("#themeEventsTab").queryAs(Node.class)).isNotNull();

        robot.interact(() -> {
            events.getSortOrder().setAll(List.of(events.getColumns().get(0)));
            events.getColumns().get(0).setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
        });
        assertThat(events.getItems()).extracting(ThemeEventRowViewModel::dateText)
                .containsExactly("31 Oct – 1 Nov 2018", "1 Mar 2019");
        robot.interact(() -> events.getColumns().get(0).setSortType(javafx.scene.control.TableColumn.SortType.DESCENDING));
        assertThat(events.getItems()).extracting(ThemeEventRowViewModel::dateText)
                .containsExactly("1 Mar 2019", "31 Oct – 1 Nov 2018");
    }

    private void filter(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#themeFilter").queryAs(TextField.class).setText(text));
        fixture.settle();
    }

    private void clickTreeCell(FxRobot robot, String label) {
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> label.equals(c.getText())).query();
        robot.clickOn(cell);
        fixture.settle();
    }
}
