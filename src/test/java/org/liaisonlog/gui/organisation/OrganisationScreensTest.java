package org.liaisonlog.gui.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.person.HistoryRowViewModel;
import org.liaisonlog.gui.person.ScreenFixture;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real organisations screen and organisation editor over a real catalogue file. */
@ExtendWith(ApplicationExtension.class)
class OrganisationScreensTest {

    @TempDir
    static Path folder;

    private final ScreenFixture fixture = new ScreenFixture();

    @Start
    void start(Stage stage) {
        fixture.open(stage, folder.resolve(UUID.randomUUID().toString()),
                (catalogue, executor, dialogs, messages, owner, eventOpener) -> {
                    OrganisationsViewModel viewModel = new OrganisationsViewModel(new OrganisationService(catalogue),
                            executor, dialogs, messages);
                    viewModel.setEventOpener(eventOpener);
                    return new OrganisationsView(viewModel, messages, owner);
                });
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void cariccsHistoryShowsTheRatsScoConference(FxRobot robot) throws Exception {
        selectCaricc(robot);
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#historyTab");
        robot.clickOn("#historyTab");
        waitFor(robot, "#historyTable");
        TableView<HistoryRowViewModel> history = robot.lookup("#historyTable").queryTableView();
        assertThat(history.getItems()).hasSize(1);
        assertThat(history.getItems().get(0).eventProperty().get()).contains("RATS SCO");
        assertThat(history.getItems().get(0).capacityProperty().get()).isEqualTo("Other organisation");
        assertThat(robot.lookup("#historyTable .table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .anyMatch(cell -> "Other organisation".equals(cell.getText()));
        CheckBox subOrganisations = robot.lookup("#includeSubOrganisations").queryAs(CheckBox.class);
        assertThat(subOrganisations.isSelected()).isTrue();
        robot.clickOn(subOrganisations);
        fixture.settle();
        assertThat(history.getItems()).hasSize(1);
    }

    @Test
    void deletingAnOrganisationThatAttendedIsRefusedWithAClearMessage(FxRobot robot) throws Exception {
        selectCaricc(robot);
        int before = fixture.catalogue().organisations().count();
        robot.clickOn("#deleteOrganisationButton");
        waitFor(robot, ".dialog-pane");
        assertThat(robot.lookup(".dialog-pane").queryAs(DialogPane.class).getHeaderText())
                .isEqualTo("Delete the organisation \"CARICC\"?");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete"))
                .queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> errorDialog(robot) != null);
        DialogPane error = errorDialog(robot);
        assertThat(error.getContentText()).startsWith("This organisation attended or organised an event")
                .contains("cannot be deleted");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("OK"))
                .queryButton());
        fixture.settle();
        assertThat(fixture.catalogue().organisations().count()).isEqualTo(before);
    }

    /** The error dialog now showing, or null. */
    private static DialogPane errorDialog(FxRobot robot) {
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(p -> p.getScene() != null && p.getScene().getWindow() != null
                        && p.getScene().getWindow().isShowing())
                .filter(p -> p.getContentText() != null && p.getContentText().contains("cannot be deleted"))
                .findFirst().orElse(null);
    }

    private void selectCaricc(FxRobot robot) throws TimeoutException {
        fixture.settle();
        robot.clickOn("#organisationFilter").write("CARICC");
        fixture.settle();
        TableView<OrganisationRowViewModel> table = robot.lookup("#organisationsTable").queryTableView();
        assertThat(table.getItems()).extracting(r -> r.acronymProperty().get()).containsExactly("CARICC");
        robot.clickOn(robot.lookup("#organisationsTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem()).isNotNull();
    }
}
