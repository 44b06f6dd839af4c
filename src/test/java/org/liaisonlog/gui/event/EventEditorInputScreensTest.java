package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.errorText;
import static org.liaisonlog.gui.ScreenRobot.typeDate;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.ScreenTests;
import org.liaisonlog.gui.WorkspaceFixture;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.theme.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The event editor as typed into: Esc from its lists, Space on a theme, dates it cannot read, an
 * organiser typed but not added, the participant form.
 */
@ExtendWith(ApplicationExtension.class)
class EventEditorInputScreensTest {

    private static final String MEETING = "Expert group meeting on synthetic drugs";
    private static final String NOT_A_DATE = "Not a date. Type it as 31 Oct 2018, 31.10.2018 or 2018-10-31.";

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
    void escClosesTheEditorFromTheParticipantsTableTheThemeTreeAndTheSourcesList(FxRobot robot) throws Exception {
        storeMeeting(robot);

        openMeetingOn(robot, "#participantsTab");
        TableView<?> participants = robot.lookup("#participantsTable").queryTableView();
        robot.clickOn(robot.lookup("#participantsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        assertThat(participants.isFocused()).isTrue();
        robot.type(KeyCode.ESCAPE);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("Esc from the participants closes the editor").isEmpty();

        openMeetingOn(robot, "#themesTab");
        waitFor(robot, "#themeTree");
        robot.clickOn(themeCell(robot, "Precursors"));
        robot.type(KeyCode.ESCAPE);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("Esc from the theme tree closes the editor").isEmpty();

        openMeetingOn(robot, "#sourcesTab");
        waitFor(robot, "#sourcesList");
        robot.clickOn("#sourcesList");
        robot.type(KeyCode.ESCAPE);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("Esc from the sources list closes the editor").isEmpty();
    }

    @Test
    void spaceChecksAndUnchecksTheThemeWithTheFocus(FxRobot robot) throws Exception {
        Event event = storeMeeting(robot);
        Theme other = fixture.catalogue().themes().findAll().stream()
                .filter(t -> t.parentId() == null && !event.themeIds().contains(t.id())).findFirst().orElseThrow();
        openMeetingOn(robot, "#themesTab");
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

    @Test
    void aDateThatIsNotOneIsShownAtTheFieldKeptAsTypedAndBlocksSaving(FxRobot robot) throws Exception {
        newWorkingMeeting(robot);
        typeDate(robot, "#startDatePicker", "31 Okt 2024");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#startDatePickerError")).isEqualTo(NOT_A_DATE);
        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).isTrue();

        // Leaving the field keeps the text and the message; Ctrl+S saves nothing.
        robot.clickOn("#cityField").write("Vienna");
        TextField start = robot.lookup("#startDatePicker").queryAs(DatePicker.class).getEditor();
        assertThat(start.getText()).isEqualTo("31 Okt 2024");
        assertThat(errorText(robot, "#startDatePickerError")).isEqualTo(NOT_A_DATE);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().events().count()).isZero();

        robot.doubleClickOn(start).eraseText(start.getText().length()).write("31 Oct 2024");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#startDatePickerError")).isEmpty();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        fixture.settle();
        UUID saved = fixture.catalogue().events().findAllSummaries().get(0).id();
        assertThat(fixture.catalogue().events().findById(saved).orElseThrow().start().date())
                .isEqualTo(LocalDate.of(2024, 10, 31));
    }

    @Test
    void aStoredDateMistypedIsNotSavedAsNoDate(FxRobot robot) throws Exception {
        Event event = storeMeeting(robot);
        robot.doubleClickOn(MEETING);
        waitFor(robot, "#startDatePicker");
        TextField start = robot.lookup("#startDatePicker").queryAs(DatePicker.class).getEditor();
        assertThat(start.getText()).isEqualTo("14 Mar 2023");
        robot.doubleClickOn(start).eraseText(start.getText().length()).write("14 Mrz 2023");
        robot.clickOn("#cityField");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(start.getText()).isEqualTo("14 Mrz 2023");
        assertThat(errorText(robot, "#startDatePickerError")).isEqualTo(NOT_A_DATE);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).isPresent();
        assertThat(fixture.catalogue().events().findById(event.id()).orElseThrow().start().date())
                .isEqualTo(LocalDate.of(2023, 3, 14));
    }

    @Test
    void aSourceDateThatIsNotOneIsShownAtTheFieldKeptAsTypedAndBlocksSaving(FxRobot robot) throws Exception {
        Event event = storeMeeting(robot);
        openMeetingOn(robot, "#sourcesTab");
        robot.clickOn("#addSourceButton");
        robot.write("https://www.osce.org/press");
        typeDate(robot, "#sourcePublished", "15 Mrz 2023");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#sourcePublishedError")).isEqualTo(NOT_A_DATE);
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();

        // Another source shown and this one again: the text is still as typed, and said.
        robot.clickOn("#addSourceButton");
        TextField published = robot.lookup("#sourcePublished").queryAs(DatePicker.class).getEditor();
        assertThat(published.getText()).isEmpty();
        assertThat(errorText(robot, "#sourcePublishedError")).isEmpty();
        robot.clickOn("https://www.osce.org/press ⚠");
        assertThat(published.getText()).isEqualTo("15 Mrz 2023");
        assertThat(errorText(robot, "#sourcePublishedError")).isEqualTo(NOT_A_DATE);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).isPresent();
        assertThat(fixture.catalogue().events().findById(event.id()).orElseThrow().sources()).isEmpty();

        robot.doubleClickOn(published).eraseText(published.getText().length()).write("15 Mar 2023");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#sourcePublishedError")).isEmpty();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).isEmpty();
        assertThat(fixture.catalogue().events().findById(event.id()).orElseThrow().sources())
                .extracting(s -> s.publishedOn()).containsExactlyInAnyOrder(LocalDate.of(2023, 3, 15), null);
    }

    @Test
    void anOrganiserTypedButNotAddedIsSaidAtTheFieldInsteadOfBeingDropped(FxRobot robot) throws Exception {
        newWorkingMeeting(robot);
        robot.clickOn("#organiserField").write("Akimat of Almaty Region");
        robot.clickOn("#cityField").write("Bishkek");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#organiserFieldError"))
                .isEqualTo("Press Enter to add this organiser, or clear the field.");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().events().count()).isZero();

        robot.clickOn("#organiserField").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#organiserFieldError")).isEmpty();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        UUID saved = fixture.catalogue().events().findAllSummaries().get(0).id();
        assertThat(fixture.catalogue().events().findById(saved).orElseThrow().organiserIds()).hasSize(1);
    }

    @Test
    void aParticipantIsTypedFromTheFirstKeyAndTheLineAddedIsSelected(FxRobot robot) throws Exception {
        storeMeeting(robot);
        openMeetingOn(robot, "#participantsTab");
        robot.clickOn("#addParticipantButton");
        waitFor(robot, "#participantOrganisation");
        // Keys go to the dialog's window, as the keyboard's do, without a click in it first.
        robot.targetWindow(robot.lookup("#participantOrganisation").query().getScene().getWindow());
        robot.write("Akimat of Almaty Region");
        assertThat(robot.lookup("#participantOrganisation").queryTextInputControl().getText())
                .as("the form starts in its first field").isEqualTo("Akimat of Almaty Region");
        robot.clickOn("#participantCapacity");
        robot.clickOn("Host");
        robot.clickOn("#participantOk");
        WaitForAsyncUtils.waitForFxEvents();

        TableView<ParticipantRowViewModel> table = robot.lookup("#participantsTable").queryTableView();
        assertThat(table.getItems()).hasSize(2);
        assertThat(table.getSelectionModel().getSelectedItem()).as("the line just added is selected")
                .isSameAs(table.getItems().get(1));
    }

    @Test
    void aRoleOnceChosenCanBeTakenBack(FxRobot robot) throws Exception {
        Event event = storeMeeting(robot);
        openMeetingOn(robot, "#participantsTab");
        editFirstLine(robot);
        robot.clickOn("#participantRole").clickOn("Chair");
        robot.clickOn("#participantOk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#participantsTable").queryTableView().getItems())
                .extracting(row -> ((ParticipantRowViewModel) row).roleProperty().get()).containsExactly("Chair");

        editFirstLine(robot);
        robot.clickOn("#participantRole").clickOn("— no role —");
        ComboBox<?> role = robot.lookup("#participantRole").queryComboBox();
        assertThat(role.getValue()).isNull();
        robot.clickOn("#participantOk");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).isEmpty();
        assertThat(fixture.catalogue().events().findById(event.id()).orElseThrow().attendance())
                .extracting(a -> a.role()).containsExactly((ParticipantRole) null);
    }

    @Test
    void enterWithNoParticipantSelectedOpensNoForm(FxRobot robot) throws Exception {
        storeMeeting(robot);
        openMeetingOn(robot, "#participantsTab");
        TableView<?> table = robot.lookup("#participantsTable").queryTableView();
        // No line selected and none with the focus.
        robot.interact(() -> {
            table.getSelectionModel().clearSelection();
            table.getFocusModel().focus(-1);
            table.requestFocus();
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#participantOrganisation").tryQuery()).as("no participant form").isEmpty();

        robot.interact(() -> table.getSelectionModel().selectFirst());
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#participantOrganisation");
        assertThat(robot.lookup("#participantCapacity").queryComboBox().getValue())
                .as("the form of the line selected").isEqualTo(Capacity.ORGANISER);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void anOrganisationAlreadyAmongTheParticipantsIsSaidAtItsFieldAndNotAddedAgain(FxRobot robot) throws Exception {
        storeMeeting(robot);
        openMeetingOn(robot, "#participantsTab");
        robot.clickOn("#addParticipantButton");
        waitFor(robot, "#participantOrganisation");
        robot.clickOn("#participantOrganisation").write("OSCE");
        ComboBox<Capacity> capacity = robot.lookup("#participantCapacity").queryComboBox();
        robot.interact(() -> capacity.setValue(Capacity.HOST));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#participantOrganisationError"))
                .isEqualTo("This organisation is already among the participants.");
        assertThat(robot.lookup("#participantOk").queryButton().isDisabled()).isTrue();
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#participantsTable").queryTableView().getItems()).hasSize(1);
    }

    @Test
    void escWithChangesAsksWithTheSafeAnswerFocusedAndReadingKeepEditing(FxRobot robot) throws Exception {
        storeMeeting(robot);
        robot.doubleClickOn(MEETING);
        waitFor(robot, "#titleField");
        robot.clickOn("#titleField").type(KeyCode.END).write(" (draft)");
        robot.type(KeyCode.ESCAPE);
        waitFor(robot, ".dialog-pane.confirmation");
        List<Button> buttons = List.copyOf(robot.lookup(".dialog-pane.confirmation .button").queryAllAs(Button.class));
        assertThat(buttons).extracting(Button::getText).containsExactlyInAnyOrder("Discard changes", "Keep editing");
        Button keep = buttons.stream().filter(Button::isFocused).findFirst().orElseThrow();
        assertThat(keep.getText()).isEqualTo("Keep editing");
        assertThat(keep.isDefaultButton()).isTrue();

        robot.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane.confirmation").tryQuery()).isEmpty();
        assertThat(robot.lookup("#titleField").queryTextInputControl().getText()).isEqualTo(MEETING + " (draft)");
    }

    /** Opens the form of the table's first line and waits for it. */
    private static void editFirstLine(FxRobot robot) throws Exception {
        robot.doubleClickOn(robot.lookup("#participantsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitFor(robot, "#participantRole");
    }

    /** Stores the meeting the tests open, and shows it in the table. */
    private Event storeMeeting(FxRobot robot) {
        Event event = EventTestData.storeMeeting(fixture.catalogue(), MEETING);
        robot.interact(fixture::reload);
        fixture.settle();
        return event;
    }

    /** Opens the stored meeting's editor on the tab {@code tab}. */
    private static void openMeetingOn(FxRobot robot, String tab) throws Exception {
        robot.doubleClickOn(MEETING);
        waitFor(robot, tab);
        robot.clickOn(tab);
    }

    /** Opens the editor of a new event and gives it the title "Working meeting". */
    private void newWorkingMeeting(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newEventButton");
        waitFor(robot, "#titleField");
        robot.clickOn("#titleField").write("Working meeting");
    }

    private static TreeCell<?> themeCell(FxRobot robot, String name) {
        return robot.lookup("#themeTree .tree-cell").match((TreeCell<?> c) -> name.equals(c.getText())).query();
    }
}
