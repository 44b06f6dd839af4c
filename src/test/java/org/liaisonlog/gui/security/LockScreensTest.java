package org.liaisonlog.gui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.ScreenTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.WorkspaceFixture;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Locking the window of an encrypted catalogue: Ctrl+L hides everything and asks for the
 * password; a wrong one says so; the right one brings back the window and the editor as typed.
 */
@ExtendWith(ApplicationExtension.class)
class LockScreensTest {

    private static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path folder;

    private WorkspaceFixture fixture;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        fixture = new WorkspaceFixture(folder.resolve(UUID.randomUUID().toString()));
        fixture.openEncrypted(stage, PASSWORD, Duration.ofMinutes(10));
    }

    @AfterEach
    void closeCatalogue() {
        ScreenTests.closeAfter(fixture::close);
    }

    @Test
    void ctrlLHidesEverythingAndTheRightPasswordBringsBackTheEditorAsTyped(FxRobot robot) {
        fixture.settle();
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        fixture.settle();
        robot.clickOn("#titleField").write("Half-typed meeting on precursors");
        Window editor = robot.lookup("#titleField").query().getScene().getWindow();

        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fixture.locker().lockedProperty().get()).isTrue();
        assertThat(stage.getScene().getRoot().getId()).isEqualTo("lockPane");
        assertThat(editor.isShowing()).as("the editor is hidden").isFalse();
        assertThat(robot.lookup("#eventsTable").tryQuery()).as("no catalogue data shows").isEmpty();

        // the menu's shortcuts do nothing while locked
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(List.copyOf(Window.getWindows())).filteredOn(Window::isShowing).containsExactly(stage);

        robot.clickOn("#passphraseField").write("wrong horse");
        robot.type(KeyCode.ENTER);
        waitWhileChecking(robot);
        assertThat(robot.lookup("#passphraseError").queryAs(Labeled.class).getText()).isEqualTo("Wrong password");
        assertThat(fixture.locker().lockedProperty().get()).isTrue();

        robot.clickOn("#passphraseField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitWhileChecking(robot);
        assertThat(fixture.locker().lockedProperty().get()).isFalse();
        assertThat(stage.getScene().getRoot().lookup("#eventsTable")).isNotNull();
        assertThat(editor.isShowing()).isTrue();
        assertThat(((TextField) editor.getScene().lookup("#titleField")).getText())
                .isEqualTo("Half-typed meeting on precursors");
    }

    @Test
    void itLocksByItselfAfterTheIdleTime(FxRobot robot) {
        fixture.settle();
        robot.interact(() -> fixture.locker().setIdleTime(Duration.ofMillis(400)));
        for (int i = 0; i < 60 && !fixture.locker().lockedProperty().get(); i++) {
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertThat(fixture.locker().lockedProperty().get()).isTrue();
        assertThat(stage.getScene().getRoot().getId()).isEqualTo("lockPane");
    }

    private void waitWhileChecking(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 100 && robot.lookup("#passphraseField").tryQuery().map(n -> n.isDisabled()).orElse(false); i++) {
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
