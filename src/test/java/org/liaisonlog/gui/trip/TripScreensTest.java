package org.liaisonlog.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.chooseSuggestion;
import static org.liaisonlog.gui.ScreenRobot.errorText;
import static org.liaisonlog.gui.ScreenRobot.texts;
import static org.liaisonlog.gui.ScreenRobot.typeDate;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real trips screen and trip editor over a real catalogue file. */
@ExtendWith(ApplicationExtension.class)
class TripScreensTest {

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
    void aTripWithTwoLegsOneEventAndANewTravellerIsLogged(FxRobot robot) throws Exception {
        Event conference = storeConference();
        openNewTrip(robot);
        robot.clickOn("#travellerField").write("Aziz Karimov").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(texts(robot, "#travellerChips .label")).containsExactly("Aziz Karimov (new)");
        robot.clickOn("#purposeField").write("Sixth conference of RATS SCO");

        robot.clickOn("#addLegButton");
        waitFor(robot, "#legCity0");
        robot.clickOn("#legCity0").write("Moscow");
        chooseSuggestion(robot, "#legCountry0", "Russ", "Russia");
        typeDate(robot, "#legFrom0", "2018-10-29");
        typeDate(robot, "#legTo0", "2018-10-30");
        robot.clickOn("#addLegButton");
        waitFor(robot, "#legCity1");
        robot.clickOn("#legCity1").write("Tashkent");
        chooseSuggestion(robot, "#legCountry1", "Uzbek", "Uzbekistan");
        typeDate(robot, "#legFrom1", "2018-10-30");
        typeDate(robot, "#legTo1", "2018-11-02");
        chooseSuggestion(robot, "#tripEventField", "RATS", TripEventsPane.label(
                fixture.catalogue().events().findAllSummaries().get(0), Locale.ENGLISH));
        assertThat(robot.lookup("#tripEventsList").queryListView().getItems()).hasSize(1);

        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        fixture.settle();
        assertThat(robot.lookup("#tripEditor").tryQuery()).isEmpty();

        List<TripRowViewModel> rows = rows(robot);
        assertThat(rows).hasSize(1);
        TripRowViewModel row = rows.get(0);
        assertThat(row.dateText()).isEqualTo("29 Oct – 2 Nov 2018");
        assertThat(row.travellersProperty().get()).isEqualTo("Aziz Karimov");
        assertThat(row.destinationsProperty().get()).isEqualTo("Moscow, Russia – Tashkent, Uzbekistan");
        assertThat(row.purposeProperty().get()).isEqualTo("Sixth conference of RATS SCO");
        assertThat(row.statusProperty().get()).isEqualTo("Planned");
        assertThat(row.eventsProperty().get()).isEqualTo(1);
        TableView<TripRowViewModel> table = robot.lookup("#tripsTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem()).as("the saved trip is selected").isSameAs(row);

        Trip stored = fixture.catalogue().trips().findById(row.id()).orElseThrow();
        assertThat(stored.legs()).extracting(TripLeg::city).containsExactly("Moscow", "Tashkent");
        assertThat(stored.legs()).extracting(TripLeg::countryCode).containsExactly("RU", "UZ");
        assertThat(stored.legs().get(1).to()).isEqualTo(LocalDate.of(2018, 11, 2));
        assertThat(stored.eventIds()).containsExactly(conference.id());
        assertThat(stored.status()).isEqualTo(TripStatus.PLANNED);
        Person aziz = fixture.catalogue().people().findById(stored.travellerIds().get(0)).orElseThrow();
        assertThat(aziz.name()).isEqualTo("Aziz Karimov");

        // Enter on the line opens it again, as saved.
        robot.clickOn("Sixth conference of RATS SCO").type(KeyCode.ENTER);
        waitFor(robot, "#travellerField");
        assertThat(texts(robot, "#travellerChips .label")).containsExactly("Aziz Karimov");
        assertThat(robot.lookup("#legCountry1").queryTextInputControl().getText()).isEqualTo("Uzbekistan");
    }

    @Test
    void aLegEndingBeforeItStartsBlocksSavingAndIsShownAtTheField(FxRobot robot) throws Exception {
        openNewTrip(robot);
        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).isTrue();
        assertThat(errorText(robot, "#purposeFieldError")).isEqualTo("A purpose is required.");
        fillTripToAstana(robot);
        typeDate(robot, "#legFrom0", "2024-05-10");
        typeDate(robot, "#legTo0", "2024-05-01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#purposeFieldError")).isEmpty();
        assertThat(errorText(robot, "#legTo0Error")).isEqualTo("The leg ends before it starts.");
        Control to = robot.lookup("#legTo0").queryAs(Control.class);
        assertThat(to.getStyleClass()).contains(FieldErrors.ERROR_STYLE);
        assertThat(save.isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().trips().count()).isZero();

        var editor = robot.lookup("#legTo0").queryAs(DatePicker.class).getEditor();
        robot.doubleClickOn(editor).eraseText(editor.getText().length()).write("2024-05-12");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#legTo0Error")).isEmpty();
        assertThat(to.getStyleClass()).doesNotContain(FieldErrors.ERROR_STYLE);
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        fixture.settle();
        assertThat(fixture.catalogue().trips().count()).isEqualTo(1);
    }

    @Test
    void aLegDateThatIsNotOneIsShownAtTheFieldAndKeptAsTyped(FxRobot robot) throws Exception {
        openNewTrip(robot);
        fillTripToAstana(robot);
        typeDate(robot, "#legFrom0", "10 Mai 2024");
        robot.clickOn("#legCity0");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#legFrom0").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("10 Mai 2024");
        assertThat(errorText(robot, "#legFrom0Error"))
                .isEqualTo("Not a date. Type it as 31 Oct 2018, 31.10.2018 or 2018-10-31.");
        assertThat(robot.lookup("#saveButton").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().trips().count()).isZero();
    }

    @Test
    void anEventTypedButNotPickedIsSaidAtTheFieldInsteadOfBeingDropped(FxRobot robot) throws Exception {
        Event conference = storeConference();
        openNewTrip(robot);
        fillTripToAstana(robot);
        robot.clickOn("#tripEventField").write("Sixth Conference of RATS");
        robot.clickOn("#purposeField");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#tripEventFieldError"))
                .isEqualTo("Pick the event from the suggestions, or clear the field.");
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().trips().count()).isZero();

        robot.clickOn("#tripEventField").write(" SCO").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#tripEventFieldError")).isEmpty();
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        Trip stored = fixture.catalogue().trips().findById(rows(robot).get(0).id()).orElseThrow();
        assertThat(stored.eventIds()).containsExactly(conference.id());
    }

    private Event storeConference() {
        return TripTestData.storeEvent(fixture.catalogue(), "Sixth Conference of RATS SCO", "Tashkent", "UZ",
                LocalDate.of(2018, 10, 31), LocalDate.of(2018, 11, 1));
    }

    private void openNewTrip(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newTripButton");
        waitFor(robot, "#travellerField");
    }

    /** In the new trip's editor: a traveller, the purpose and a leg to Astana, without dates. */
    private static void fillTripToAstana(FxRobot robot) throws Exception {
        robot.clickOn("#travellerField").write("Aziz Karimov").type(KeyCode.ENTER);
        robot.clickOn("#purposeField").write("Consultations");
        robot.clickOn("#addLegButton");
        waitFor(robot, "#legCity0");
        robot.clickOn("#legCity0").write("Astana");
    }

    private static List<TripRowViewModel> rows(FxRobot robot) {
        TableView<TripRowViewModel> table = robot.lookup("#tripsTable").queryTableView();
        return List.copyOf(table.getItems());
    }
}
