package org.liaisonlog.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every screen, shown in Russian, shows only Russian interface text: an English word in a
 * label, button, tab, column, menu, prompt or tooltip means a string that is not in the
 * bundles (or a key missing from the Russian one). Data shown in tables and lists is not checked.
 */
@ExtendWith(ApplicationExtension.class)
class TranslatedScreensTest {

    /** Latin words that are names, not untranslated interface text. */
    private static final Set<String> ALLOWED = Set.of("Liaison", "Log", "Ctrl", "URL", "English", "Enter", "Delete",
            "Esc", "yyyy", "mm", "dd", "PDF", "CSV");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z]{3,}\\b");

    @TempDir
    static Path folder;

    private WorkspaceFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new WorkspaceFixture(folder.resolve("ru"), Locale.forLanguageTag("ru"));
        fixture.open(stage);
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        fixture.close();
    }

    @Test
    void everyScreenInRussianShowsNoEnglishInterfaceText(FxRobot robot) throws Exception {
        robot.interact(() -> ExampleCatalogue.loadInto(fixture.catalogue()));
        List<String> problems = new ArrayList<>();
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        for (Screen screen : Screen.values()) {
            robot.interact(() -> navigation.getSelectionModel().select(screen));
            fixture.settle();
            WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            collectWindows(robot, screen.name(), problems);
            // The screen's editor for a new record, then closed again with Esc.
            robot.push(KeyCode.CONTROL, KeyCode.N);
            fixture.settle();
            WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            collectWindows(robot, screen.name() + " editor", problems);
            if (robot.listWindows().size() > 1) {
                robot.push(KeyCode.ESCAPE);
                fixture.settle();
            }
        }
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        for (Menu menu : menus.getMenus()) {
            check(menu.getText(), "menu", problems);
            for (MenuItem item : menu.getItems()) {
                check(item.getText(), "menu item", problems);
                if (item instanceof Menu sub) {
                    sub.getItems().forEach(i -> check(i.getText(), "menu item", problems));
                }
            }
        }
        assertThat(problems).as("untranslated interface text").isEmpty();
    }

    private static void collectWindows(FxRobot robot, String where, List<String> problems) {
        for (Window window : robot.listWindows()) {
            if (window.getScene() != null) {
                collect(window.getScene().getRoot(), where, problems);
            }
        }
    }

    private static void collect(Node node, String where, List<String> problems) {
        if (node instanceof Cell<?> || "catalogueLocation".equals(node.getId())
                || node.getStyleClass().contains("catalogue-data")) {
            return;
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> checkColumn(c, where, problems));
            if (table.getPlaceholder() != null) {
                collect(table.getPlaceholder(), where, problems);
            }
        }
        if (node instanceof TabPane tabs) {
            for (Tab tab : tabs.getTabs()) {
                check(tab.getText(), where + " tab", problems);
            }
        }
        if (node instanceof Labeled labeled && !isInsideCell(node)) {
            check(labeled.getText(), where, problems);
        }
        if (node instanceof TextInputControl input) {
            check(input.getPromptText(), where + " prompt", problems);
        }
        if (node instanceof javafx.scene.control.Control control && control.getTooltip() != null) {
            check(control.getTooltip().getText(), where + " tooltip", problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, where, problems);
            }
        }
    }

    private static void checkColumn(TableColumnBase<?, ?> column, String where, List<String> problems) {
        check(column.getText(), where + " column", problems);
        column.getColumns().forEach(c -> checkColumn(c, where, problems));
    }

    private static boolean isInsideCell(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Cell<?>) {
                return true;
            }
        }
        return false;
    }

    private static void check(String text, String where, List<String> problems) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (text.startsWith("!") && text.endsWith("!")) {
            problems.add(where + ": missing key " + text);
            return;
        }
        Matcher words = LATIN_WORD.matcher(text.replace("_", "")); // mnemonics: "_Title"
        while (words.find()) {
            if (!ALLOWED.contains(words.group())) {
                problems.add(where + ": \"" + text + "\"");
                return;
            }
        }
    }
}
