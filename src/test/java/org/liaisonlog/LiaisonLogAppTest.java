package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.settings.Appearance;
import org.liaisonlog.logic.settings.SettingsFile;
import org.liaisonlog.logic.settings.UserSettings;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole program as the launcher does, on a new catalogue with --example. */
class LiaisonLogAppTest {

    @TempDir
    Path folder;

    private final RunningApp app = new RunningApp();

    @AfterEach
    void stop() throws Exception {
        app.stop();
        Styles.use(Appearance.LIGHT);
    }

    private FxRobot start(Path catalogue) throws Exception {
        FxRobot robot = app.start(catalogue, true, null);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        return robot;
    }

    /** Chooses a menu item of the main window's menu bar, by id, as a click on it does. */
    private static void choose(FxRobot robot, String id) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem item = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow();
        robot.interact(item::fire);
    }

    @Test
    void aNewCatalogueWithTheExampleOpensOnTheEventsScreen() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        FxRobot robot = start(catalogue);
        assertThat(robot.lookup("#catalogueLocation").queryAs(Label.class).getText())
                .isEqualTo("Catalogue: " + catalogue.toAbsolutePath());
        assertThat(Files.exists(catalogue.resolve("catalogue.mv.db"))).isTrue();
    }

    @Test
    void theNavigationListsThePlacesWithoutStripesAndMarksTheOneShown() throws Exception {
        FxRobot robot = start(folder.resolve("catalogue"));
        // The navigation's cells are made by its first layout, which may come after the table's lines.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> navigationCells(robot).size() >= 3);
        List<ListCell<?>> cells = WaitForAsyncUtils.asyncFx(() -> navigationCells(robot)).get();
        // Events (0) is shown and selected; Trips (1, an odd line) and People (2) are not
        assertThat(cells.get(1).getText()).isEqualTo("Trips");
        assertThat(background(cells.get(1))).as("an odd line looks like an even one")
                .isEqualTo(background(cells.get(2)));
        assertThat(background(cells.get(0))).as("the screen shown stands out").isNotEqualTo(background(cells.get(2)));
    }

    /** The navigation's visible cells that show a place, in its order. */
    private static List<ListCell<?>> navigationCells(FxRobot robot) {
        List<ListCell<?>> cells = new ArrayList<>();
        robot.lookup("#navigation .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getIndex() >= 0 && c.getText() != null).forEach(cells::add);
        cells.sort(Comparator.comparingInt(ListCell::getIndex));
        return cells;
    }

    /** The colour a cell is filled with last (what shows). */
    private static Paint background(Region region) {
        List<BackgroundFill> fills = region.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    @Test
    void theCatalogueOpenedWhileTheToolkitStartedIsTheOneTheWindowShows() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        start(catalogue);
        app.stop();

        HeadStart.begin(new LaunchOptions(catalogue, false, "en")); // as main does before the toolkit starts
        FxRobot robot = app.start(catalogue, false, "en");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));

        assertThat(HeadStart.take(catalogue)).as("the window took the opening begun for it").isEmpty();
        assertThat(robot.lookup("#catalogueLocation").queryAs(Label.class).getText())
                .isEqualTo("Catalogue: " + catalogue.toAbsolutePath());
    }

    @Test
    void switchingToRussianAndDarkIsShownAtOnceAndRemembered() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        FxRobot robot = start(catalogue);
        choose(robot, "languageru");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        ListView<?> navigation = robot.lookup("#navigation").queryListView();
        assertThat(robot.from(navigation).lookup(".list-cell").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("Мероприятия", "Поездки", "Темы");
        assertThat(robot.lookup("#catalogueLocation").queryAs(Label.class).getText()).startsWith("Каталог: ");

        choose(robot, "appearanceDARK");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#navigation").query().getScene().getStylesheets())
                .anyMatch(sheet -> sheet.endsWith("liaison-log-dark.css"));
        robot.clickOn(robot.from(navigation).lookup(".list-cell").match((Labeled c) -> "Поездки".equals(c.getText()))
                .queryAs(Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();

        app.stop();
        UserSettings saved = new SettingsFile(catalogue).load();
        assertThat(saved.language()).isEqualTo("ru");
        assertThat(saved.appearance()).isEqualTo(Appearance.DARK);
        assertThat(saved.lastScreen()).isEqualTo(Screen.TRIPS.name());
        assertThat(saved.tableColumns().get("EVENTS")).startsWith("date", "title");
    }
}
