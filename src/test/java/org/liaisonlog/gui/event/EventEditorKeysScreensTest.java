package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.util.UUID;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.ScreenTests;
import org.liaisonlog.gui.WorkspaceFixture;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The event editor from the keyboard: Esc from its lists, Space on a theme. */
@ExtendWith(ApplicationExtension.class)
class EventEditorKeysScreensTest {

    @TempDir
    static Path folder;

    private WorkspaceFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new WorkspaceFixture(folder.resolve(UUID.randomUUID().toString()));
        fixture.open(stage);
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void escClosesTheEditorFromTheParticipantsTableAndTheThemeTree(FxRobot robot) throws Exception {
        EventTestData.storeMeeting(fixture.catalogue(), "Expert group meeting on synthetic drugs");
        robot.interact(fixture::reload);
        fixture.settle();

        robot.doubleClickOn("Expert group meeting on synthetic drugs");
        waitFor(robot, "#participantsTab");
        robot.clickOn("#participantsTab");
        TableView<?> participants = robot.lookup("#participantsTable").queryTableView();
        robot.clickOn(robot.lookup("#participantsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(participants.isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("Esc from the participants closes the editor").isEmpty();

        robot.doubleClickOn("Expert group meeting on synthetic drugs");
        waitFor(robot, "#themesTab");
        robot.clickOn("#themesTab");
        waitFor(robot, "#themeTree");
        robot.clickOn(themeCell(robot, "Precursors"));
        robot.type(KeyCode.ESCAPE);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("Esc from the theme tree closes the editor").isEmpty();
    }

    @Test
    void spaceChecksAndUnchecksTheThemeWithTheFocus(FxRobot robot) throws Exception {
        Event event = EventTestData.storeMeeting(fixture.catalogue(), "Expert group meeting on synthetic drugs");
        Theme other = fixture.catalogue().themes().findAll().stream()
                .filter(t -> t.parentId() == null && !event.themeIds().contains(t.id())).findFirst().orElseThrow();
        robot.interact(fixture::reload);
        fixture.settle();
        robot.doubleClickOn("Expert group meeting on synthetic drugs");
        waitFor(robot, "#themesTab");
        robot.clickOn("#themesTab");
        waitFor(robot, "#themeTree");
        assertThat(robot.lookup("#themeCount").queryLabeled().getText()).isEqualTo("1 theme chosen");

        robot.clickOn(themeCell(robot, other.name("en"))).type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#themeCount").queryLabeled().getText()).isEqualTo("2 themes chosen");
        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#themeCount").queryLabeled().getText()).isEqualTo("1 theme chosen");
        robot.type(KeyCode.SPACE);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).isEmpty();
        assertThat(fixture.catalogue().events().findById(event.id()).orElseThrow().themeIds())
                .containsExactlyInAnyOrder(event.themeIds().get(0), other.id());
    }

    private static TreeCell<?> themeCell(FxRobot robot, String name) {
        return robot.lookup("#themeTree .tree-cell").match((TreeCell<?> c) -> name.equals(c.getText())).query();
    }
}
