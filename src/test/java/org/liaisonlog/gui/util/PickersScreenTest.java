package org.liaisonlog.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A date picker in English: shows 31 Oct 2018, takes ISO or the shown form, and is no edit when only passed through. */
@ExtendWith(ApplicationExtension.class)
class PickersScreenTest {

    private final ObjectProperty<LocalDate> value = new SimpleObjectProperty<>(LocalDate.of(2018, 10, 31));
    private final BooleanProperty unreadable = new SimpleBooleanProperty();
    private final AtomicInteger changes = new AtomicInteger();
    private final ObjectProperty<LocalDate> plainValue = new SimpleObjectProperty<>(LocalDate.of(2018, 10, 31));
    private DatePicker picker;
    private DatePicker plain;

    @Start
    void start(Stage stage) {
        picker = Pickers.datePicker(value, unreadable, new Messages(Locale.ENGLISH));
        value.addListener(o -> changes.incrementAndGet());
        TextField other = new TextField();
        other.setId("other");
        plain = Pickers.datePicker(plainValue, new Messages(Locale.ENGLISH));
        stage.setScene(new Scene(new VBox(8, picker, other, plain), 400, 200));
        stage.show();
    }

    @Test
    void passingThroughThePickerChangesNothing(FxRobot robot) {
        assertThat(picker.getEditor().getText()).isEqualTo("31 Oct 2018");
        assertThat(picker.getPromptText()).isEqualTo("dd Mmm yyyy");
        robot.clickOn(picker.getEditor());
        robot.clickOn("#other");
        robot.clickOn(picker.getEditor()).type(KeyCode.ENTER);
        robot.clickOn("#other");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(changes).as("no edit was made").hasValue(0);
        assertThat(value.get()).isEqualTo(LocalDate.of(2018, 10, 31));
    }

    @Test
    void anIsoDateTypedIsTakenAndShownInTheLanguagesForm(FxRobot robot) {
        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().clear());
        assertThat(value.get()).isNull();
        robot.write("2024-03-12");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(value.get()).isEqualTo(LocalDate.of(2024, 3, 12));
        robot.clickOn("#other");
        assertThat(picker.getEditor().getText()).isEqualTo("12 Mar 2024");

        robot.clickOn(picker.getEditor());
        robot.interact(() -> picker.getEditor().clear());
        robot.write("1 nov 2018");
        robot.clickOn("#other");
        assertThat(value.get()).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThat(picker.getEditor().getText()).isEqualTo("1 Nov 2018");
    }

    @Test
    void aDateMadeUnreadableKeepsItsTextAndDateWhenTheFieldIsLeft(FxRobot robot) {
        robot.clickOn(picker.getEditor()).type(KeyCode.END).write("x");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(unreadable.get()).isTrue();
        robot.clickOn("#other");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(picker.getEditor().getText()).as("the text as typed").isEqualTo("31 Oct 2018x");
        assertThat(unreadable.get()).isTrue();
        assertThat(value.get()).as("the date is not dropped").isEqualTo(LocalDate.of(2018, 10, 31));
    }

    @Test
    void aPickerWithNoPlaceToSaySoClearsTextThatIsNotADateWhenLeft(FxRobot robot) {
        robot.clickOn(plain.getEditor()).type(KeyCode.END).write("x");
        robot.clickOn("#other");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plainValue.get()).as("shows no date, uses none").isNull();
        assertThat(plain.getEditor().getText()).isEmpty();
    }
}
