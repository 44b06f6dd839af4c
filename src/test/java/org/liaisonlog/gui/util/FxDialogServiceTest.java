package org.liaisonlog.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonlog.gui.ScreenTests;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The program's questions as they show. */
@ExtendWith(ApplicationExtension.class)
class FxDialogServiceTest {

    private final FxDialogService dialogs = new FxDialogService(new Messages(Locale.forLanguageTag("ru")));

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
        dialogs.setOwner(stage);
    }

    @AfterEach
    void close() {
        ScreenTests.closeAfter(() -> { });
    }

    private DialogPane ask(FxRobot robot, String header) throws Exception {
        Platform.runLater(() -> dialogs.confirm(header, "Больше ничто на эту запись не ссылается.", "Объединить"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup(".dialog-pane").queryAs(DialogPane.class);
    }

    @Test
    void aLongQuestionWrapsWithinAWidthThatFitsTheScreenAndAShortOneStaysNarrow(FxRobot robot) throws Exception {
        DialogPane pane = ask(robot, "Объединить «Агентство Республики Казахстан по финансовому мониторингу (AFM)» с"
                + " «Управление Организации Объединенных Наций по наркотикам и преступности (UNODC)»?");
        assertThat(pane.getScene().getWindow().getWidth()).isLessThanOrEqualTo(FxDialogService.WIDEST + 40);
        assertThat(pane.getScene().getWindow().getHeight()).as("the wrapped header is not cut off")
                .isGreaterThanOrEqualTo(pane.prefHeight(pane.getWidth()));
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();

        pane = ask(robot, "Объединить «AFM» с «CSTO»?");
        assertThat(pane.getScene().getWindow().getWidth()).isLessThan(FxDialogService.WIDEST);
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
