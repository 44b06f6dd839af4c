package org.liaisonlog.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.gui.event.EventRowViewModel;
import org.liaisonlog.gui.util.PageImage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The whole main window over the example catalogue, with dialogs that answer as the test tells:
 * an event's report is previewed from the events screen and saved as PDF and CSV; the reports
 * screen makes a summary of its own.
 */
class ReportScreensTest extends ExampleWindowTest {

    @Start
    void start(Stage stage) {
        window.open(stage, folder);
    }

    @Test
    void theEventsReportIsPreviewedFromItsTableAndSavedAsPdfAndCsv(FxRobot robot) throws IOException {
        settle();
        TableView<EventRowViewModel> events = robot.lookup("#eventsTable").queryTableView();
        Button report = robot.lookup("#eventReportButton").queryButton();
        assertThat(report.isDisabled()).as("nothing selected yet").isTrue();
        robot.interact(() -> events.getSelectionModel().select(0));

        robot.clickOn(report);
        settle();

        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getSelectionModel().getSelectedItem()).isEqualTo(Screen.REPORTS);
        ListView<PageImage> pages = robot.lookup("#reportPages").queryListView();
        assertThat(pages.getItems()).isNotEmpty();
        assertThat(robot.lookup("#reportPageCount").queryLabeled().getText()).matches("\\d+ pages?");
        assertThat(robot.lookup("#kindATTENDANCE").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();

        Path pdf = folder.resolve("attendance.pdf");
        dialogs.answerSaveFile(pdf);
        robot.clickOn("#reportSavePdfButton");
        settle();
        Path csv = folder.resolve("attendance.csv");
        dialogs.answerSaveFile(csv);
        robot.clickOn("#reportSaveCsvButton");
        settle();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(ExampleWindowFixture.pdfText(pdf)).contains(TITLE);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Uzbekistan");
        assertThat(robot.lookup("#reportStatus").queryLabeled().getText()).isEqualTo("Saved as " + csv);
    }

    @Test
    void aTripsReportIsPreviewedFromTheTripsTable(FxRobot robot) {
        selectFirstTrip(robot);

        robot.clickOn("#tripReportButton");
        settle();

        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getSelectionModel().getSelectedItem()).isEqualTo(Screen.REPORTS);
        assertThat(robot.lookup("#kindTRIP").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#reportPages").queryListView().getItems()).isNotEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theReportsScreenMakesASummaryAndZooms(FxRobot robot) {
        settle();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT6);
        settle();
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        assertThat(navigation.getSelectionModel().getSelectedItem()).isEqualTo(Screen.REPORTS);
        Button preview = robot.lookup("#reportPreviewButton").queryButton();
        assertThat(preview.isDisabled()).as("no event chosen").isTrue();
        assertThat(robot.lookup("#reportProblem").queryLabeled().getText()).isEqualTo("Choose an event.");

        robot.clickOn("#kindSUMMARY");
        robot.interact(() -> {
            robot.lookup("#reportFrom").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2018, 1, 1));
            robot.lookup("#reportTo").queryAs(javafx.scene.control.DatePicker.class)
                    .setValue(java.time.LocalDate.of(2018, 12, 31));
        });
        robot.clickOn(preview);
        settle();

        assertThat(robot.lookup("#reportPages").queryListView().getItems()).isNotEmpty();
        int fitted = Integer.parseInt(robot.lookup("#reportZoom").queryLabeled().getText().replace(" %", ""));
        assertThat(fitted).as("the first preview fits the page to the width shown").isBetween(50, 100);
        robot.clickOn("#reportZoomIn");
        assertThat(robot.lookup("#reportZoom").queryLabeled().getText())
                .isEqualTo((fitted / 25 + 1) * 25 + " %");
        robot.interact(() -> robot.lookup("#reportShowPeople").queryAs(javafx.scene.control.CheckBox.class)
                .setSelected(false));
        assertThat(robot.lookup("#reportStatus").tryQuery()).as("an option a summary does not use").isPresent();
        assertThat(robot.lookup("#reportStatus").queryLabeled().getText()).isEmpty();
        robot.interact(() -> robot.lookup("#reportPaper").queryComboBox().getSelectionModel()
                .select(org.liaisonlog.logic.report.PaperSize.LETTER));
        assertThat(robot.lookup("#reportStatus").queryLabeled().getText()).startsWith("The choices have changed");
        assertThat(dialogs.errors()).isEmpty();
    }
}
