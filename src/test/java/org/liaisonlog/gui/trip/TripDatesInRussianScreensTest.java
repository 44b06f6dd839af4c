package org.liaisonlog.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
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
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripStatus;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In Russian, date pickers show and take 31.10.2018 (and ISO), the trips table writes the dates
 * in the Russian form, and the trip's history names a changed status in Russian.
 */
@ExtendWith(ApplicationExtension.class)
class TripDatesInRussianScreensTest {

    @TempDir
    static Path folder;

    private TripsFixture fixture;

    @Start
    void start(Stage stage) {
        fixture = new TripsFixture(folder.resolve(UUID.randomUUID().toString()), Locale.forLanguageTag("ru"));
        fixture.open(stage);
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void datesAreTypedAndShownInTheRussianFormAndTheHistoryIsInRussian(FxRobot robot) throws Exception {
        fixture.settle();
        robot.clickOn("#newTripButton");
        waitFor(robot, "#travellerField");
        robot.clickOn("#travellerField").write("Aziz Karimov").type(KeyCode.ENTER);
        robot.clickOn("#purposeField").write("Konsultatsii");
        robot.clickOn("#addLegButton");
        waitFor(robot, "#legCity0");
        robot.clickOn("#legCity0").write("Tashkent");
        DatePicker from = robot.lookup("#legFrom0").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#legTo0").queryAs(DatePicker.class);
        assertThat(from.getPromptText()).isEqualTo("дд.мм.гггг");
        robot.clickOn(from.getEditor()).write("2018-10-29");
        robot.clickOn(to.getEditor()).write("2.11.2018");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2018, 10, 29));
        assertThat(to.getValue()).isEqualTo(LocalDate.of(2018, 11, 2));
        assertThat(from.getEditor().getText()).as("ISO typed, shown the Russian way").isEqualTo("29.10.2018");
        assertThat(to.getEditor().getText()).isEqualTo("02.11.2018");
        robot.clickOn("#saveButton");
        fixture.settle();

        TableView<TripRowViewModel> table = robot.lookup("#tripsTable").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        assertThat(table.getItems().get(0).dateText()).isEqualTo("29.10 – 02.11.2018");
        assertThat(robot.lookup("#tripsTable .table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).contains("29.10 – 02.11.2018");

        // Opened again, the dates read back; the status is changed and saved.
        robot.clickOn("Konsultatsii").type(KeyCode.ENTER);
        waitFor(robot, "#legFrom0");
        assertThat(robot.lookup("#legFrom0").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("29.10.2018");
        ComboBox<TripStatus> status = robot.lookup("#statusBox").queryComboBox();
        robot.interact(() -> status.setValue(TripStatus.DONE));
        robot.clickOn("#saveButton");
        fixture.settle();
        Trip stored = fixture.catalogue().trips().findById(table.getItems().get(0).id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(TripStatus.DONE);

        robot.clickOn("Konsultatsii").type(KeyCode.ENTER);
        waitFor(robot, "#historyTab");
        robot.clickOn("#historyTab");
        waitFor(robot, "#historyList");
        ListView<ChangeEntry> history = robot.lookup("#historyList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> shown = robot.lookup("#historyList .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
        assertThat(shown).contains("Статус: Запланирована → Завершена");
        assertThat(shown).anySatisfy(heading -> assertThat(heading)
                .matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2} — Изменено"));
        assertThat(String.join("\n", shown)).doesNotContain("PLANNED", "DONE");
    }
}
