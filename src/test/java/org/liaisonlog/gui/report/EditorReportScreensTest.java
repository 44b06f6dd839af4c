package org.liaisonlog.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.Workspace;
import org.liaisonlog.gui.MainWindowActions;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.gui.event.EventRowViewModel;
import org.liaisonlog.gui.trip.TripRowViewModel;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.PageImage;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.report.ReportTarget;
import org.liaisonlog.persistence.H2Catalogue;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Report…" in the event and trip editors over the example catalogue: the editor closes and the
 * reports screen previews that record's report; unsaved changes are saved first, after asking;
 * a record never saved has no report to show.
 */
@ExtendWith(ApplicationExtension.class)
class EditorReportScreensTest {

    private static final String TITLE = "Sixth Scientific and Practical Conference";

    @TempDir
    static Path folder;

    private Catalogue catalogue;
    private FxTaskExecutor executor;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        catalogue = H2Catalogue.open(folder.resolve(UUID.randomUUID().toString()));
        FirstStart.prepare(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        executor = new FxTaskExecutor();
        Workspace workspace = new Workspace(catalogue, executor, dialogs, new Messages(Locale.ENGLISH),
                new MainWindowActions(stage::close, Styles::use, language -> { }));
        stage.setScene(new Scene(workspace.mainWindow(), 1280, 800));
        Styles.apply(stage.getScene());
        stage.show();
        workspace.load();
    }

    @AfterEach
    void close() {
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            // a window left open by a failed test; the catalogue is closed all the same
        }
        executor.close();
        catalogue.close();
    }

    private void settle() {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 400 && executor.busyProperty().get(); i++) {
            WaitForAsyncUtils.sleep(25, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
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
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
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
        assertThat(catalogue.events().findAllSummaries("en")).anyMatch(e -> e.title().endsWith(" (revised)"));
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
        settle();
        ListView<Screen> navigation = robot.lookup("#navigation").queryListView();
        robot.interact(() -> navigation.getSelectionModel().select(Screen.TRIPS));
        settle();
        TableView<TripRowViewModel> trips = robot.lookup("#tripsTable").queryTableView();
        robot.interact(() -> trips.getSelectionModel().select(0));
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
