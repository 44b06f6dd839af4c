package org.liaisonlog.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.errorText;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Travellers typed on the real screen: a close spelling of a stored person is offered that person; a
 * name typed but not added is said at the field.
 */
@ExtendWith(ApplicationExtension.class)
class TripTravellerScreensTest {

    @TempDir
    static Path folder;

    private TripsFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new TripsFixture(folder.resolve(UUID.randomUUID().toString()), Locale.ENGLISH);
        fixture.open(stage);
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void aCloseSpellingOfAStoredPersonIsOfferedAndTakenInsteadOfANewPerson(FxRobot robot) throws Exception {
        Person director = TripTestData.storePerson(fixture.catalogue(), "Grigory Pustovitov");
        fixture.settle();
        robot.clickOn("#newTripButton");
        waitFor(robot, "#travellerField");
        robot.clickOn("#travellerField").write("Grigori Pustovitov").type(KeyCode.ENTER);

        waitFor(robot, ".dialog-pane");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Use the existing 'Grigory Pustovitov'?");
        robot.clickOn(robot.lookup(".dialog-pane .button")
                .match((Button b) -> b.getText().equals("Use the existing one")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(texts(robot, "#travellerChips .label")).as("the stored person, not marked new")
                .containsExactly("Grigory Pustovitov");
        assertThat(robot.lookup("#travellerField").queryTextInputControl().getText()).isEmpty();
        robot.clickOn("#purposeField").write("Consultations in Tashkent");
        robot.clickOn("#saveButton");
        fixture.settle();

        TableView<TripRowViewModel> table = robot.lookup("#tripsTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        Trip stored = fixture.catalogue().trips().findById(table.getItems().get(0).id()).orElseThrow();
        assertThat(stored.travellerIds()).containsExactly(director.id());
        assertThat(fixture.catalogue().people().findAll()).extracting(Person::name)
                .containsExactly("Grigory Pustovitov");
    }

    @Test
    void aTravellerTypedButNotAddedIsSaidAtTheFieldInsteadOfBeingDropped(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newTripButton");
        waitFor(robot, "#travellerField");
        robot.clickOn("#travellerField").write("Aziz Karimov").type(KeyCode.ENTER);
        robot.write("Anna Smirnova");
        robot.clickOn("#purposeField").write("Consultations in Bishkek");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#travellerFieldError"))
                .isEqualTo("Press Enter to add this traveller, or clear the field.");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().trips().count()).isZero();
        assertThat(robot.lookup("#travellerField").queryTextInputControl().getText()).isEqualTo("Anna Smirnova");

        robot.clickOn("#travellerField").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#travellerFieldError")).isEmpty();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        TableView<TripRowViewModel> table = robot.lookup("#tripsTable").queryTableView();
        Trip stored = fixture.catalogue().trips().findById(table.getItems().get(0).id()).orElseThrow();
        assertThat(stored.travellerIds()).hasSize(2);
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }
}
