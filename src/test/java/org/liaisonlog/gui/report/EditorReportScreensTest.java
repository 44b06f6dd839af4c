package org.liaisonlog.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.gui.event.EventRowViewModel;
import org.liaisonlog.gui.util.PageImage;
import org.liaisonlog.logic.report.ReportTarget;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * "Report…" in the event and trip editors over the example catalogue: the editor closes and the
 * reports screen previews that record's report; unsaved changes are saved first, after asking;
 * a record never saved has no report to show.
 */
class EditorReportScreensTest extends ExampleWindowTest {

    @Start
    void start(Stage stage) {
        window.open(stage, folder);
    }

    private void openExampleEvent(FxRobot robot) {
        settle();
        TableView<EventRowViewModel> events = robot.lookup("#eventsTable").queryTableView();
        EventRowViewModel example = events.getItems().stream()
                .filter(r -> r.titleProperty().get().startsWith(TITLE)).findFirst().orElseThrow();
        robot.interact(() -> events.getSelectionModel().select(example));
        robot.clickOn("#openEventButton");
        settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("the event's editor").isPresent();
    }

    /** The report shown, saved as PDF through the dialog service and read back. */
    private String savedPdfText(FxRobot robot, String name) throws IOException {
        Path pdf = folder.resolve(name);
        dialogs.answerSaveFile(pdf);
        robot.clickOn("#reportSavePdfButton");
        settle();
        return ExampleWindowFixture.pdfText(pdf);
    }

    private void assertReportsScreenPreviews(FxRobot robot, String kind) {
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getSelectionModel().getSelectedItem()).isEqualTo(Screen.REPORTS);
        assertThat(robot.lookup("#kind" + kind).queryAs(RadioButton.class).isSelected()).isTrue();
        ListView<PageImage> pages = robot.lookup("#reportPages").queryListView();
        assertThat(pages.getItems()).as("the preview's pages").isNotEmpty();
        assertThat(robot.lookup("#reportPageCount").queryLabeled().getText()).matches("\\d+ pages?");
    }

    @Test
    void theEventEditorsReportButtonPreviewsThatEventsAttendanceReport(FxRobot robot) throws IOException {
        openExampleEvent(robot);
        Button report = robot.lookup("#editorReportButton").queryButton();
        assertThat(report.isVisible()).isTrue();
        assertThat(report.isDisabled()).isFalse();
        assertThat(report.getTooltip().getText()).contains("Ctrl+R");

        robot.clickOn(report);
        settle();

        assertThat(robot.lookup("#eventEditor").tryQuery()).as("the editor closed").isEmpty();
        assertReportsScreenPreviews(robot, "ATTENDANCE");
        ListView<ReportTarget> targets = robot.lookup("#reportTargets").queryListView();
        assertThat(targets.getSelectionModel().getSelectedItem().label()).startsWith(TITLE);
        assertThat(savedPdfText(robot, "from-editor.pdf")).contains("List of participants").contains(TITLE)
                .contains("Uzbekistan");
        assertThat(dialogs.asked()).as("nothing unsaved, nothing asked").containsExactly("Save the report as PDF");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void unsavedChangesAreSavedAfterAskingThenReported(FxRobot robot) throws IOException {
        openExampleEvent(robot);
        TextField title = robot.lookup("#titleField").queryAs(TextField.class);
        robot.interact(() -> title.setText(title.getText() + " (revised)"));

        dialogs.answerConfirmations(false);
        robot.clickOn("#editorReportButton");
        settle();
        assertThat(dialogs.asked()).containsExactly("Save the changes to this event first?");
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("no: back to editing, as typed").isPresent();
        assertThat(title.getText()).endsWith(" (revised)");

        dialogs.answerConfirmations(true);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        settle();

        assertThat(robot.lookup("#eventEditor").tryQuery()).isEmpty();
        assertReportsScreenPreviews(robot, "ATTENDANCE");
        assertThat(window.catalogue().events().findAllSummaries("en")).anyMatch(e -> e.title().endsWith(" (revised)"));
        assertThat(savedPdfText(robot, "revised.pdf")).contains("(revised)");
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aNewEventHasNoReportYet(FxRobot robot) {
        settle();
        robot.clickOn("#newEventButton");
        settle();

        Button report = robot.lookup("#editorReportButton").queryButton();
        assertThat(report.isDisabled()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).as("Ctrl+R does nothing either").isPresent();
    }

    @Test
    void theTripEditorsReportButtonPreviewsThatTripsReport(FxRobot robot) throws IOException {
        selectFirstTrip(robot);
        robot.clickOn("#openTripButton");
        settle();
        assertThat(robot.lookup("#tripEditor").tryQuery()).isPresent();

        robot.clickOn("#editorReportButton");
        settle();

        assertThat(robot.lookup("#tripEditor").tryQuery()).as("the editor closed").isEmpty();
        assertReportsScreenPreviews(robot, "TRIP");
        ListView<ReportTarget> targets = robot.lookup("#reportTargets").queryListView();
        assertThat(targets.getSelectionModel().getSelectedItem().label()).contains("Pustovitov");
        assertThat(savedPdfText(robot, "trip-from-editor.pdf")).contains("Mission report").contains("Pustovitov");
        assertThat(dialogs.errors()).isEmpty();
    }
}
