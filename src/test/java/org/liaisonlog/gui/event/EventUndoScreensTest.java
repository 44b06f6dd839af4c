package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.WorkspaceFixture;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Deleting an event from the table, undoing it with Ctrl+Z, and the History tab, on the real screens. */
@ExtendWith(ApplicationExtension.class)
class EventUndoScreensTest {

    private static final String TITLE = "Expert group meeting on synthetic drugs";

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
    void ctrlZBringsBackADeletedEventWithItsParticipantsAndItsHistoryShows(FxRobot robot) throws Exception {
        Event event = storeEvent();
        robot.interact(fixture::reload);
        fixture.settle();
        assertThat(robot.lookup("#menuUndo").tryQuery()).isEmpty(); // inside a closed menu
        assertThat(robot.lookup("#undoNotice").query().isVisible()).isFalse();

        robot.clickOn(TITLE);
        robot.type(KeyCode.DELETE);
        waitFor(robot, ".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete"))
                .queryButton());
        fixture.settle();
        assertThat(rows(robot)).isEmpty();
        assertThat(robot.lookup("#undoNotice").query().isVisible()).isTrue();
        assertThat(robot.lookup("#undoNoticeText").queryLabeled().getText()).isEqualTo("Event “" + TITLE + "” deleted");

        // Ctrl+Z in the filter field is the field's own undo, not the deletion's.
        robot.clickOn("#eventFilter").write("x");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(robot.lookup("#eventFilter").queryTextInputControl().getText()).isEmpty();
        assertThat(fixture.catalogue().events().findById(event.id())).isEmpty();

        robot.clickOn("#eventsTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        fixture.settle();

        assertThat(rows(robot)).extracting(r -> r.titleProperty().get()).containsExactly(TITLE);
        assertThat(rows(robot).get(0).participantsProperty().get()).isEqualTo(2);
        assertThat(fixture.catalogue().events().findById(event.id()).orElseThrow())
                .usingRecursiveComparison().ignoringFields("stamp").isEqualTo(event);
        assertThat(robot.lookup("#undoNotice").query().isVisible()).isFalse();

        robot.doubleClickOn(TITLE);
        waitFor(robot, "#titleField");
        robot.clickOn("#historyTab");
        fixture.settle();
        ListView<ChangeEntry> history = robot.lookup("#historyList").queryListView();
        assertThat(history.getItems()).extracting(ChangeEntry::kind)
                .containsExactly(ChangeKind.RESTORE, ChangeKind.DELETE, ChangeKind.CREATE);
        assertThat(robot.lookup(".history-heading").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(text -> assertThat(text).endsWith(" — Restored"))
                .anySatisfy(text -> assertThat(text).endsWith(" — Deleted"));
    }

    @Test
    void theUndoButtonOfTheNoticeWorksToo(FxRobot robot) throws Exception {
        Event event = storeEvent();
        robot.interact(fixture::reload);
        fixture.settle();
        robot.clickOn(TITLE);
        robot.type(KeyCode.DELETE);
        waitFor(robot, ".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete"))
                .queryButton());
        fixture.settle();

        robot.clickOn("#undoButton");
        fixture.settle();

        assertThat(rows(robot)).hasSize(1);
        assertThat(fixture.catalogue().events().findById(event.id())).isPresent();
    }

    /** An event with two participants, saved through the service so that its creation is in the history. */
    private Event storeEvent() {
        return new EventService(fixture.catalogue()).save(new Event(RecordStamp.fresh(), EventKind.MEETING, TITLE,
                null, null, null, List.of(), "Vienna", "AT", null, PartialDate.ofDay(LocalDate.of(2023, 3, 14)),
                null, null, null, List.of(), List.of(), List.of(
                        new Attendance(UUID.randomUUID(), null, null, "Competent bodies", Capacity.OTHER, null, null,
                                null, AttendanceStatus.ATTENDED, null),
                        new Attendance(UUID.randomUUID(), null, null, null, Capacity.MEMBER_STATE, "KZ", null, null,
                                AttendanceStatus.ATTENDED, null))),
                List.of(), List.of());
    }

    private static List<EventRowViewModel> rows(FxRobot robot) {
        TableView<EventRowViewModel> table = robot.lookup("#eventsTable").queryTableView();
        return List.copyOf(table.getItems());
    }
}
