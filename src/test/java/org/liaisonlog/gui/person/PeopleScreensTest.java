package org.liaisonlog.gui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.model.person.Person;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real people screen and person editor over a real catalogue file. */
@ExtendWith(ApplicationExtension.class)
class PeopleScreensTest {

    @TempDir
    static Path folder;

    private final ScreenFixture fixture = new ScreenFixture();

    @Start
    void start(Stage stage) {
        fixture.open(stage, folder.resolve(UUID.randomUUID().toString()),
                (catalogue, executor, dialogs, messages, owner, eventOpener) -> {
                    PeopleViewModel viewModel = new PeopleViewModel(new PersonService(catalogue), executor, dialogs,
                            messages);
                    viewModel.setEventOpener(eventOpener);
                    return new PeopleView(viewModel, messages, owner);
                });
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void editingAPositionChangesTheLineAndTheStoredRecord(FxRobot robot) throws Exception {
        fixture.settle();
        robot.doubleClickOn("Grigory Pustovitov");
        waitFor(robot, "#personPositionField");
        TextInputControl position = robot.lookup("#personPositionField").queryTextInputControl();
        robot.doubleClickOn(position).eraseText(position.getText().length()).write("Former Director");
        robot.clickOn("#saveButton");
        fixture.settle();

        assertThat(robot.lookup("#personEditor").tryQuery()).isEmpty();
        PersonRowViewModel row = rows(robot).get(0);
        assertThat(row.positionProperty().get()).isEqualTo("Former Director");
        TableView<PersonRowViewModel> table = robot.lookup("#peopleTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem()).as("the saved person is selected").isSameAs(row);
        Person stored = fixture.catalogue().people().findById(row.id()).orElseThrow();
        assertThat(stored.position()).isEqualTo("Former Director");
        assertThat(stored.name()).isEqualTo("Grigory Pustovitov");
    }

    @Test
    void aFilterThatHidesEveryoneSaysSoRatherThanThatThereIsNobodyYet(FxRobot robot) throws Exception {
        fixture.settle();
        TableView<PersonRowViewModel> table = robot.lookup("#peopleTable").queryTableView();
        robot.clickOn("#peopleFilter").write("Zhukov");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(table.getItems()).isEmpty();
        assertThat(((Label) table.getPlaceholder()).getText())
                .isEqualTo("Nothing here has every word of the filter \u201cZhukov\u201d. Esc empties it.");
        assertThat(robot.lookup("#peopleCount").queryLabeled().getText()).isEqualTo("0 of 1 people");

        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void theOrganisationSuggestionsAreAsWideAsTheFieldSoLongNamesCanBeRead(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newPersonButton");
        waitFor(robot, "#personOrganisationField");
        Control field = robot.lookup("#personOrganisationField").queryAs(Control.class);
        robot.clickOn(field).write("Council");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestionList().isPresent());
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> suggestions = suggestionList().orElseThrow();
        assertThat(suggestions.getItems()).hasSizeGreaterThan(1);
        assertThat(suggestions.getWidth()).as("the suggestions' width against the field's %s", field.getWidth())
                .isGreaterThanOrEqualTo(field.getWidth() - 1);
        robot.push(KeyCode.ESCAPE);
    }

    /** The list of an autocomplete popup that shows. */
    private static Optional<ListView<?>> suggestionList() {
        return javafx.stage.Window.getWindows().stream()
                .filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-view").stream())
                .filter(n -> n instanceof ListView<?> list && !list.getItems().isEmpty())
                .<ListView<?>>map(n -> (ListView<?>) n).findFirst();
    }

    @Test
    void aPersonWithAnEmptyNameCannotBeSaved(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newPersonButton");
        waitFor(robot, "#personNameField");
        waitFor(robot, "#saveButton");
        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(errorText(robot, "#personNameFieldError")).isEqualTo("A name is required.");
        Control name = robot.lookup("#personNameField").queryAs(Control.class);
        assertThat(name.getStyleClass()).contains(FieldErrors.ERROR_STYLE);

        robot.clickOn("#personPositionField").write("Analyst");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().people().count()).isEqualTo(1);

        robot.clickOn("#personNameField").write("Ivan Petrov");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#personNameFieldError")).isEmpty();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        fixture.settle();
        assertThat(fixture.catalogue().people().findAll()).extracting(Person::name).contains("Ivan Petrov");
    }

    @Test
    void theHistoryTabListsTheConferenceAndOpensItsEvent(FxRobot robot) throws Exception {
        fixture.settle();
        robot.doubleClickOn("Grigory Pustovitov");
        waitFor(robot, "#historyTab");
        robot.clickOn("#historyTab");
        waitFor(robot, "#historyTable");
        TableView<HistoryRowViewModel> history = robot.lookup("#historyTable").queryTableView();
        assertThat(history.getItems()).extracting(r -> r.capacityProperty().get()).containsExactly("Other organisation");
        assertThat(history.getItems().get(0).titleProperty().get()).isEqualTo("Director");
        robot.doubleClickOn("Other organisation");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.openedEvents()).containsExactly(history.getItems().get(0).eventId());
    }

    private static List<PersonRowViewModel> rows(FxRobot robot) {
        TableView<PersonRowViewModel> table = robot.lookup("#peopleTable").queryTableView();
        return List.copyOf(table.getItems());
    }

    private static String errorText(FxRobot robot, String query) {
        Optional<Label> label = robot.lookup(query).tryQueryAs(Label.class);
        return label.filter(Node::isVisible).map(Label::getText).map(Objects::toString).orElse("");
    }

    /** Waits until the node is shown in a window and can be clicked. */
    static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
