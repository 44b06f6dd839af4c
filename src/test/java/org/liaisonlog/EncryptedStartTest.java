package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole program on a new catalogue (no --example): protecting it with a password creates it
 * encrypted; the next start asks for the password, says "Wrong password" to a wrong one and
 * opens with the right one.
 */
class EncryptedStartTest {

    private static final String PASSWORD = "Tashkent-2018-RATS";

    @TempDir
    Path folder;

    @RegisterExtension
    final RunningApp app = new RunningApp();

    private FxRobot start(Path catalogue) throws Exception {
        return app.start(catalogue, false, "en");
    }

    @Test
    void aNewCatalogueProtectedByAPasswordIsEncryptedAndAsksForItAgain() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        FxRobot robot = start(catalogue);
        waitFor(robot, "#newPasswordPane");
        robot.clickOn("#newPasswordField").write("short");
        assertThat(robot.lookup("#newPasswordProblem").queryAs(Labeled.class).getText())
                .isEqualTo("At least 8 characters.");
        assertThat(robot.lookup("#protectButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#newPasswordField").queryTextInputControl().setText(PASSWORD));
        robot.clickOn("#repeatPasswordField").write(PASSWORD + "x");
        assertThat(robot.lookup("#newPasswordProblem").queryAs(Labeled.class).getText())
                .isEqualTo("The two passwords differ.");
        robot.interact(() -> robot.lookup("#repeatPasswordField").queryTextInputControl().setText(PASSWORD));
        robot.clickOn("#protectButton");

        // then the first start's question: the example or empty
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        ButtonType example = dialog.getButtonTypes().get(0);
        robot.clickOn((Node) dialog.lookupButton(example));
        waitForEvents(robot, 1);
        assertThat(Files.exists(catalogue.resolve("catalogue.key"))).isTrue();
        byte[] file = Files.readAllBytes(catalogue.resolve("catalogue.mv.db"));
        assertThat(new String(file, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("Tashkent")
                .doesNotContain("Pustovitov");
        app.stop();

        FxRobot again = start(catalogue);
        waitFor(again, "#openPasswordPane");
        again.clickOn("#passphraseField").write("not the password");
        again.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !again.lookup("#passphraseError").queryAs(Labeled.class)
                .getText().isEmpty());
        assertThat(again.lookup("#passphraseError").queryAs(Labeled.class).getText()).isEqualTo("Wrong password");
        again.clickOn("#passphraseField").write(PASSWORD);
        again.type(KeyCode.ENTER);
        waitForEvents(again, 1);
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
    }

    private static void waitForEvents(FxRobot robot, int events) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == events).orElse(false));
    }
}
