package org.liaisonlog.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The main window makes each screen when it is first shown (at start only the one shown), and
 * the columns remembered for a screen not made yet are kept, and put back when it is made.
 */
@ExtendWith(ApplicationExtension.class)
class LazyScreensTest {

    @TempDir
    static Path folder;

    private WorkspaceFixture fixture;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        fixture = new WorkspaceFixture(folder.resolve(UUID.randomUUID().toString()));
        fixture.open(stage);
        window = fixture.workspace().mainWindow();
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void onlyTheShownScreenIsMadeAtStartAndAnotherWhenItIsShown(FxRobot robot) {
        fixture.settle();
        assertThat(window.current()).isEqualTo(Screen.EVENTS);
        assertThat(robot.lookup("#eventsTable").tryQuery()).isPresent();
        for (Screen screen : List.of(Screen.TRIPS, Screen.PEOPLE, Screen.ORGANISATIONS, Screen.THEMES,
                Screen.REPORTS, Screen.SEARCH)) {
            assertThat(window.isMade(screen)).as(screen.name()).isFalse();
        }
        assertThat(robot.lookup("#peopleTable").tryQuery()).isEmpty();

        robot.interact(() -> window.show(Screen.PEOPLE));
        fixture.settle();

        assertThat(window.isMade(Screen.PEOPLE)).isTrue();
        assertThat(robot.lookup("#peopleTable").tryQuery()).isPresent();
        assertThat(window.isMade(Screen.TRIPS)).isFalse();
    }

    @Test
    void columnsRememberedForAScreenNotMadeAreKeptAndPutBackWhenItIsMade(FxRobot robot) {
        // the people table's own columns, reversed and the first one hidden
        robot.interact(() -> window.show(Screen.PEOPLE));
        fixture.settle();
        List<String> ids = new ArrayList<>(window.columns().get(Screen.PEOPLE));
        assertThat(ids).hasSizeGreaterThan(2).allMatch(id -> !id.startsWith("-"));
        Collections.reverse(ids);
        ids.set(0, "-" + ids.get(0));

        Stage stage = (Stage) window.getScene().getWindow();
        robot.interact(() -> {
            fixture.close();
            fixture.open(stage);
            window = fixture.workspace().mainWindow();
            window.restoreColumns(Map.of(Screen.PEOPLE, ids));
        });
        fixture.settle();
        assertThat(window.isMade(Screen.PEOPLE)).isFalse();
        assertThat(window.columns().get(Screen.PEOPLE)).isEqualTo(ids); // kept as remembered

        robot.interact(() -> window.show(Screen.PEOPLE));
        fixture.settle();

        TableView<?> table = robot.lookup("#peopleTable").queryAs(TableView.class);
        List<String> shown = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            shown.add((column.isVisible() ? "" : "-") + column.getId());
        }
        assertThat(shown).isEqualTo(ids);
        assertThat(window.columns().get(Screen.PEOPLE)).isEqualTo(ids);
    }
}
