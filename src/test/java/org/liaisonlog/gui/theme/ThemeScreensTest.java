package org.liaisonlog.gui.theme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real themes screen over a real catalogue file with the example conference. */
@ExtendWith(ApplicationExtension.class)
class ThemeScreensTest {

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
    void renamingAThemeInBothLanguagesChangesTheTreeAndTheStoredRecord(FxRobot robot) {
        fixture.settle();
        filter(robot, "afghan");
        assertThat(treeLabels()).containsExactly("Regional security", "Afghanistan (1)");
        clickTreeCell(robot, "Afghanistan (1)");
        replaceText(robot, "#themeNameEn", "Afghanistan and its neighbours");
        robot.interact(() -> robot.lookup("#themeNameRu").queryAs(TextField.class).setText("Афганистан и соседи"));
        robot.clickOn("#saveThemeButton");
        fixture.settle();

        assertThat(treeLabels()).containsExactly("Regional security", "Afghanistan and its neighbours (1)");
        assertThat(fixture.view().treeView().getSelectionModel().getSelectedItem().getValue().name())
                .isEqualTo("Afghanistan and its neighbours");
        Theme stored = stored("Afghanistan and its neighbours");
        assertThat(stored.nameRu()).isEqualTo("Афганистан и соседи");
        assertThat(stored.stamp().version()).isEqualTo(1);
    }

    @Test
    void anEmptyEnglishNameBlocksSaving(FxRobot robot) {
        fixture.settle();
        filter(robot, "afghan");
        clickTreeCell(robot, "Afghanistan (1)");
        replaceText(robot, "#themeNameEn", "");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#saveThemeButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#themeNameEnError").queryLabeled().getText()).isEqualTo("An English name is required.");
    }

    @Test
    void aSubThemeIsAddedUnderTheSelectedTheme(FxRobot robot) {
        fixture.settle();
        filter(robot, "regional security");
        clickTreeCell(robot, "Regional security");
        robot.clickOn("#addSubThemeButton");
        robot.clickOn("#themeNameEn").write("South Caucasus");
        robot.clickOn("#saveThemeButton");
        fixture.settle();

        Theme parent = stored("Regional security");
        assertThat(stored("South Caucasus").parentId()).isEqualTo(parent.id());
        filter(robot, "caucasus");
        assertThat(treeLabels()).containsExactly("Regional security", "South Caucasus");
    }

    @Test
    void mergingMovesTheEventToTheTargetAndRaisesItsCount(FxRobot robot) throws TimeoutException {
        fixture.settle();
        filter(robot, "central asia");
        assertThat(treeLabels()).contains("Central Asia");
        UUID middleEast = stored("Middle East").id();
        filter(robot, "middle east");
        clickTreeCell(robot, "Middle East (1)");
        robot.clickOn("#mergeThemeButton");
        waitFor(robot, "#mergeTargetFilter");
        robot.clickOn("#mergeTargetFilter").write("central");
        ListCell<?> target = robot.lookup(".list-cell")
                .match((ListCell<?> c) -> "Central Asia".equals(c.getText())).query();
        robot.clickOn(target);
        robot.clickOn(button(robot, "Choose"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .header-panel .label")
                .tryQueryAs(Labeled.class).map(l -> l.getText().startsWith("Merge \"Middle East\"")).orElse(false));
        robot.clickOn(button(robot, "Merge"));
        fixture.settle();

        assertThat(stored("Middle East")).isNull();
        Theme centralAsia = stored("Central Asia");
        Event example = fixture.catalogue().events().findById(
                fixture.catalogue().events().findAllSummaries().get(0).id()).orElseThrow();
        assertThat(example.themeIds()).as("Middle East replaced by Central Asia")
                .contains(centralAsia.id()).doesNotContain(middleEast).hasSize(11);
        filter(robot, "central asia");
        assertThat(treeLabels()).containsExactly("Regional security", "Central Asia (1)");
        assertThat(robot.lookup("#themeEvents").queryTableView().getItems()).hasSize(1);

        // Double-clicking the event in the list asks the main window to open it.
        robot.doubleClickOn(robot.lookup("#themeEvents .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getItem() != null).queryAs(javafx.scene.Node.class));
        fixture.settle();
        assertThat(fixture.openedEvents()).containsExactly(example.id());
    }

    @Test
    void deletingAUsedThemeIsRefusedWithAClearMessage(FxRobot robot) throws TimeoutException {
        fixture.settle();
        filter(robot, "afghan");
        clickTreeCell(robot, "Afghanistan (1)");
        robot.clickOn("#deleteThemeButton");
        waitFor(robot, ".dialog-pane");
        robot.clickOn(button(robot, "Delete"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane .header-panel .label")
                .tryQueryAs(Labeled.class).map(l -> l.getText().contains("was not deleted")).orElse(false));
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("The theme \"Afghanistan\" was not deleted");
        assertThat(robot.lookup(".dialog-pane .content").queryLabeled().getText())
                .startsWith("Events carry this theme or it has sub-themes.");
        robot.clickOn(button(robot, "OK"));
        assertThat(stored("Afghanistan")).isNotNull();
    }

    private void filter(FxRobot robot, String text) {
        robot.interact(() -> robot.lookup("#themeFilter").queryAs(TextField.class).setText(text));
        fixture.settle();
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::selectAll);
        robot.eraseText(1);
        if (!text.isEmpty()) {
            robot.write(text);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void clickTreeCell(FxRobot robot, String label) {
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> label.equals(c.getText())).query();
        robot.clickOn(cell);
        fixture.settle();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").match((Button b) -> text.equals(b.getText())).queryButton();
    }

    /** The labels of the tree's items, depth first, whether or not they are scrolled into view. */
    private List<String> treeLabels() {
        List<String> labels = new ArrayList<>();
        collect(fixture.view().treeView().getRoot(), labels);
        return labels;
    }

    private static void collect(TreeItem<ThemeNodeViewModel> item, List<String> labels) {
        if (item.getValue() != null) {
            labels.add(item.getValue().label());
        }
        item.getChildren().forEach(child -> collect(child, labels));
    }

    private Theme stored(String nameEn) {
        return fixture.catalogue().themes().findAll().stream().filter(t -> t.nameEn().equals(nameEn))
                .findFirst().orElse(null);
    }
}
