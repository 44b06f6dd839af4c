package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.chooseSuggestion;
import static org.liaisonlog.gui.ScreenRobot.errorText;
import static org.liaisonlog.gui.ScreenRobot.texts;
import static org.liaisonlog.gui.ScreenRobot.typeDate;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.WorkspaceFixture;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real events screen and event editor over a real catalogue file. */
@ExtendWith(ApplicationExtension.class)
class EventScreensTest {

    @TempDir
    static Path folder;

    private WorkspaceFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new WorkspaceFixture(folder.resolve(UUID.randomUUID().toString()));
        fixture.open(stage);
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void anEventWithThreeParticipantsAndTwoThemesSurvivesReopeningTheCatalogue(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newEventButton");
        waitFor(robot, "#titleField");
        robot.clickOn("#titleField").write("Regional meeting on precursors control");
        robot.clickOn("#editionField").write("3");
        typeDate(robot, "#startDatePicker", "2024-03-12");
        typeDate(robot, "#endDatePicker", "2024-03-13");
        robot.clickOn("#cityField").write("Almaty");
        chooseSuggestion(robot, "#countryField", "Kazak", "Kazakhstan");
        chooseSuggestion(robot, "#organiserField", "UNODC", "UN Office on Drugs and Crime (UNODC)");
        assertThat(texts(robot, "#organiserChips .label")).anyMatch(t -> t.contains("(UNODC)"));

        robot.clickOn("#participantsTab");
        robot.clickOn("#addParticipantButton");
        chooseSuggestion(robot, "#participantOrganisation", "OSCE",
                "Organization for Security and Co-operation in Europe (OSCE)");
        finishParticipant(robot, "Regional structure");
        robot.clickOn("#addParticipantButton");
        chooseSuggestion(robot, "#participantOrganisation", "CARICC", caricc().displayName());
        robot.clickOn("#participantPerson").write("Ivan Petrov");
        robot.clickOn("#participantTitle").write("Analyst");
        finishParticipant(robot, "Other organisation");
        robot.clickOn("#addParticipantButton");
        chooseSuggestion(robot, "#participantCountry", "Kazak", "Kazakhstan");
        finishParticipant(robot, "Member state");
        TableView<ParticipantRowViewModel> added = robot.lookup("#participantsTable").queryTableView();
        assertThat(added.getItems()).extracting(r -> r.participantProperty().get()).hasSize(3);

        robot.clickOn("#themesTab");
        checkTheme(robot, "Precursors");
        checkTheme(robot, "Border control");
        assertThat(robot.lookup("#themeCount").queryLabeled().getText()).isEqualTo("2 themes chosen");

        robot.clickOn("#saveButton");
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).isEmpty();
        assertThat(rows(robot)).hasSize(1);
        TableView<EventRowViewModel> table = robot.lookup("#eventsTable").queryTableView();
        assertThat(table.getSelectionModel().getSelectedItem().titleProperty().get())
                .as("the saved event is selected").isEqualTo("Regional meeting on precursors control");

        // Close the catalogue as quitting does, open it again, and find the event there.
        robot.interact(() -> fixture.close());
        robot.interact(() -> fixture.open(stage));
        fixture.settle();
        assertThat(rows(robot)).hasSize(1);
        robot.clickOn("#eventFilter").write("precursors almaty");
        fixture.settle();
        assertThat(rows(robot)).hasSize(1);
        EventRowViewModel row = rows(robot).get(0);
        assertThat(row.titleProperty().get()).isEqualTo("Regional meeting on precursors control");
        assertThat(row.participantsProperty().get()).isEqualTo(3);
        assertThat(row.placeProperty().get()).isEqualTo("Almaty, Kazakhstan");
        assertThat(row.organisersProperty().get()).isEqualTo("UNODC");

        robot.doubleClickOn("Regional meeting on precursors control");
        waitFor(robot, "#titleField");
        assertThat(robot.lookup("#editionField").queryTextInputControl().getText()).isEqualTo("3");
        robot.clickOn("#participantsTab");
        TableView<ParticipantRowViewModel> participants = robot.lookup("#participantsTable").queryTableView();
        assertThat(participants.getItems()).extracting(r -> r.participantProperty().get()).containsExactly(
                "Organization for Security and Co-operation in Europe (OSCE)",
                "Ivan Petrov — " + caricc().displayName(),
                "Kazakhstan");
        assertThat(participants.getItems()).extracting(r -> r.capacityProperty().get())
                .containsExactly("Regional structure", "Other organisation", "Member state");
        assertThat(participants.getItems().get(1).titleProperty().get()).isEqualTo("Analyst");
        robot.clickOn("#themesTab");
        assertThat(robot.lookup("#themeCount").queryLabeled().getText()).isEqualTo("2 themes chosen");

        // The catalogue holds the same: the new person and the organiser were saved with the event.
        Event stored = fixture.catalogue().events().findById(row.id()).orElseThrow();
        assertThat(stored.attendance()).hasSize(3);
        assertThat(stored.themeIds()).hasSize(2);
        assertThat(stored.start()).isEqualTo(PartialDate.ofDay(LocalDate.of(2024, 3, 12)));
        assertThat(fixture.catalogue().people().findAll()).extracting(Person::name).contains("Ivan Petrov");
    }

    @Test
    void anEndDateBeforeTheStartBlocksSavingAndIsShownAtTheField(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newEventButton");
        waitFor(robot, "#titleField");
        waitFor(robot, "#saveButton");
        Button save = robot.lookup("#saveButton").queryButton();
        assertThat(save.isDisabled()).as("Save is disabled while the title is missing").isTrue();
        assertThat(errorText(robot, "#titleFieldError")).isEqualTo("A title is required.");

        robot.clickOn("#titleField").write("Working meeting");
        typeDate(robot, "#startDatePicker", "2024-05-10");
        typeDate(robot, "#endDatePicker", "2024-05-01");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#titleFieldError")).isEmpty();
        assertThat(errorText(robot, "#endDatePickerError")).isEqualTo("The end date is before the start date.");
        Control end = robot.lookup("#endDatePicker").queryAs(Control.class);
        assertThat(end.getStyleClass()).contains(FieldErrors.ERROR_STYLE);
        assertThat(end.getTooltip().getText()).isEqualTo("The end date is before the start date.");
        assertThat(save.isDisabled()).isTrue();

        // Ctrl+S does not save an invalid event either.
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        fixture.settle();
        assertThat(fixture.catalogue().events().count()).isZero();

        TextField endText = robot.lookup("#endDatePicker").queryAs(DatePicker.class).getEditor();
        robot.doubleClickOn(endText).eraseText(endText.getText().length()).write("2024-05-11");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(errorText(robot, "#endDatePickerError")).isEmpty();
        assertThat(end.getStyleClass()).doesNotContain(FieldErrors.ERROR_STYLE);
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(save);
        fixture.settle();
        assertThat(fixture.catalogue().events().count()).isEqualTo(1);
    }

    @Test
    void deletingAsksFirstAndCancelKeepsTheEvent(FxRobot robot) throws Exception {
        Event event = EventTestData.storeMeeting(fixture.catalogue(), "Expert group meeting on synthetic drugs");
        robot.interact(fixture::reload);
        fixture.settle();
        robot.clickOn("Expert group meeting on synthetic drugs");
        robot.clickOn("#deleteEventButton");
        waitFor(robot, ".dialog-pane");
        assertThat(robot.lookup(".dialog-pane .header-panel .label").queryLabeled().getText())
                .isEqualTo("Delete the event \"Expert group meeting on synthetic drugs\"?");
        robot.clickOn("Cancel");
        fixture.settle();
        assertThat(rows(robot)).extracting(r -> r.titleProperty().get())
                .containsExactly("Expert group meeting on synthetic drugs");
        assertThat(fixture.catalogue().events().findById(event.id())).isPresent();

        // Confirming deletes it.
        robot.clickOn("Expert group meeting on synthetic drugs");
        robot.type(KeyCode.DELETE);
        waitFor(robot, ".dialog-pane");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete"))
                .queryButton());
        fixture.settle();
        assertThat(rows(robot)).isEmpty();
        assertThat(fixture.catalogue().events().findById(event.id())).isEmpty();
    }

    @Test
    void aFailedSaveKeepsEverythingTypedAndSaysWhy(FxRobot robot) throws Exception {
        Event event = EventTestData.storeMeeting(fixture.catalogue(), "Annual meeting of heads of anti-drug agencies");
        robot.interact(fixture::reload);
        fixture.settle();
        robot.doubleClickOn("Annual meeting of heads of anti-drug agencies");
        waitFor(robot, "#titleField");
        // Somebody else saves the same event meanwhile (another window, say).
        fixture.catalogue().events().update(event);

        robot.clickOn("#mottoField").write("Together against drugs");
        robot.clickOn("#saveButton");
        fixture.settle();
        assertThat(robot.lookup("#eventEditor").tryQuery()).isPresent();
        assertThat(robot.lookup("#saveError").queryLabeled().getText())
                .startsWith("The event was not saved: The record was changed elsewhere");
        assertThat(robot.lookup("#mottoField").queryTextInputControl().getText()).isEqualTo("Together against drugs");
        assertThat(fixture.catalogue().events().findById(event.id()).orElseThrow().motto()).isNull();
    }

    @Test
    void aTripIsLoggedToAnEventFromItsEditor(FxRobot robot) throws Exception {
        EventTestData.storeMeeting(fixture.catalogue(), "Expert group meeting on synthetic drugs");
        robot.interact(fixture::reload);
        fixture.settle();
        robot.doubleClickOn("Expert group meeting on synthetic drugs");
        waitFor(robot, "#logTripButton");
        robot.clickOn("#logTripButton");
        fixture.settle();
        waitFor(robot, "#tripEditor");
        assertThat(robot.lookup("#eventEditor").tryQuery()).isEmpty();
        assertThat(robot.lookup("#purposeField").queryTextInputControl().getText())
                .isEqualTo("To participate in Expert group meeting on synthetic drugs");
        assertThat(robot.lookup("#legCity0").queryTextInputControl().getText()).isEqualTo("Vienna");
        assertThat(robot.lookup("#legFrom0").queryAs(DatePicker.class).getValue()).isEqualTo(LocalDate.of(2023, 3, 14));
    }

    @Test
    void aTripsEventOpensInOneClickFromTheTripEditor(FxRobot robot) throws Exception {
        Event event = EventTestData.storeMeeting(fixture.catalogue(), "Expert group meeting on synthetic drugs");
        Person traveller = fixture.catalogue().people().insert(new Person(RecordStamp.fresh(), "Aziz Karimov", List.of(),
                null, null, null, "UZ", null));
        fixture.catalogue().trips().insert(new Trip(RecordStamp.fresh(), List.of(traveller.id()), "Mission to Vienna",
                List.of(new TripLeg(UUID.randomUUID(), "Vienna", "AT", LocalDate.of(2023, 3, 13), LocalDate.of(2023, 3, 15))),
                List.of(event.id()), TripStatus.DONE, null, null));
        robot.interact(fixture::reload);
        fixture.settle();
        robot.clickOn(robot.lookup("#navigation .list-cell").match((Labeled c) -> "Trips".equals(c.getText()))
                .queryAs(Labeled.class));
        fixture.settle();
        // Select the line and press Enter on the table: the purpose column may lie outside a small test window.
        waitFor(robot, "#tripsTable");
        TableView<?> trips = robot.lookup("#tripsTable").queryTableView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> trips.getItems().size() == 1);
        robot.interact(() -> {
            trips.getSelectionModel().select(0);
            trips.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.type(KeyCode.ENTER);
        waitFor(robot, "#tripEventsList");
        robot.doubleClickOn(robot.lookup("#tripEventsList .list-cell")
                .match((Labeled c) -> c.getText() != null && c.getText().contains("Expert group")).queryAs(Labeled.class));
        fixture.settle();
        waitFor(robot, "#eventEditor");
        assertThat(robot.lookup("#titleField").queryTextInputControl().getText())
                .isEqualTo("Expert group meeting on synthetic drugs");
    }

    private Organisation caricc() {
        return fixture.catalogue().organisations().findAll().stream()
                .filter(o -> "CARICC".equals(o.acronym())).findFirst().orElseThrow();
    }

    private void finishParticipant(FxRobot robot, String capacity) {
        robot.clickOn("#participantCapacity");
        robot.clickOn(capacity);
        robot.clickOn("#participantOk");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void checkTheme(FxRobot robot, String name) {
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> name.equals(c.getText())).query();
        robot.clickOn(cell.lookup(".check-box"));
    }

    private static List<EventRowViewModel> rows(FxRobot robot) {
        TableView<EventRowViewModel> table = robot.lookup("#eventsTable").queryTableView();
        return List.copyOf(table.getItems());
    }
}
