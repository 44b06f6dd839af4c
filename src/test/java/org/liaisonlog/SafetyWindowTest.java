package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.settings.SettingsFile;
import org.liaisonlog.persistence.CatalogueRewrite;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The File menu's safety items in the whole program: restoring a backup (the replaced file kept),
 * the backup and lock settings (saved and applied), and encrypting, changing and removing the
 * password (the catalogue closed, rewritten and opened again in the same window).
 */
class SafetyWindowTest {

    private static final String PASSWORD = "Tashkent-2018-RATS";
    private static final String NEW_PASSWORD = "Bishkek-2026-CND";

    @TempDir
    Path folder;

    @RegisterExtension
    final RunningApp app = new RunningApp();

    @Test
    void restoreFromTheMenuBringsBackTheBackupsRecordsAndKeepsTheReplacedFile() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            FirstStart.prepare(opened);
            FirstStart.loadExample(opened);
            new BackupService(opened, new H2Backups(opened, Clock.systemDefaultZone()), Clock.systemDefaultZone())
                    .backUpNow();
            EventService events = new EventService(opened);
            events.delete(events.list("en").events().get(0).id());
        }
        FxRobot robot = app.start(catalogue, true, "en");
        waitForEvents(robot, 0);

        fire(robot, "menuRestore");
        waitUntil(() -> robot.lookup("#backupsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).as("none chosen").isTrue();
        robot.interact(() -> robot.lookup("#backupsTable").queryAs(TableView.class).getSelectionModel().select(0));
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#restoreButton");
        DialogPane confirm = dialog(robot, "Restore from backup");
        assertThat(confirm.getContentText()).contains("never deleted");
        click(robot, confirm, "Restore");

        waitForEvents(robot, 1);
        waitUntil(() -> notice(robot).startsWith("The backup made "));
        assertThat(notice(robot)).contains("is kept as catalogue-replaced-");
        try (Stream<Path> files = Files.list(catalogue)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .anyMatch(name -> name.matches("catalogue-replaced-\\d{8}-\\d{6}(-\\d+)?\\.mv\\.db"))
                    .contains("catalogue.mv.db");
        }
        // the window goes on working on the restored catalogue: a backup of it
        fire(robot, "menuBackUpNow");
        waitUntil(() -> notice(robot).startsWith("Backed up and verified"));
    }

    @Test
    void anEncryptedBackupIsRestoredWithItsOwnPasswordAndOpenedWithoutAskingAgain() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.open(catalogue, PASSWORD.toCharArray())) {
            FirstStart.prepare(opened);
            FirstStart.loadExample(opened);
            new BackupService(opened, new H2Backups(opened, Clock.systemDefaultZone()), Clock.systemDefaultZone())
                    .backUpNow();
        }
        CatalogueRewrite.changePassword(catalogue, PASSWORD.toCharArray(), NEW_PASSWORD.toCharArray());
        FxRobot robot = app.start(catalogue, false, "en");
        waitUntil(() -> robot.lookup("#openPasswordPane").tryQuery().isPresent());
        robot.clickOn("#passphraseField").write(NEW_PASSWORD);
        robot.type(KeyCode.ENTER);
        waitForEvents(robot, 1);

        fire(robot, "menuRestore");
        waitUntil(() -> robot.lookup("#backupsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        robot.interact(() -> robot.lookup("#backupsTable").queryAs(TableView.class).getSelectionModel().select(0));
        assertThat(robot.lookup("#restorePasswordField").query().isVisible()).isTrue();
        assertThat(robot.lookup("#restoreButton").queryAs(Button.class).isDisabled()).as("no password").isTrue();
        robot.interact(() -> field(robot, "#restorePasswordField").setText(NEW_PASSWORD));
        robot.clickOn("#restoreButton");
        click(robot, dialog(robot, "Restore from backup"), "Restore");
        waitUntil(() -> robot.lookup("#restoreError").queryAs(Labeled.class).getText().equals("Wrong password"));
        assertThat(robot.lookup("#eventsTable").tryQuery()).as("the catalogue is still open").isPresent();

        robot.interact(() -> field(robot, "#restorePasswordField").setText(PASSWORD));
        robot.clickOn("#restoreButton");
        click(robot, dialog(robot, "Restore from backup"), "Restore");
        waitUntil(() -> notice(robot).startsWith("The backup made "));
        waitForEvents(robot, 1);
        assertThat(robot.lookup("#openPasswordPane").tryQuery()).isEmpty();
        // the restored catalogue has the backup's password
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#lockPane").tryQuery().isPresent());
        unlock(robot, PASSWORD);
        try (Stream<Path> files = Files.list(catalogue)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .anyMatch(name -> name.startsWith("catalogue-replaced-") && name.endsWith(".mv.db"))
                    .anyMatch(name -> name.startsWith("catalogue-replaced-") && name.endsWith(".key"));
        }
    }

    @Test
    void settingsAreSavedAndAppliedAtOnce() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.open(catalogue, PASSWORD.toCharArray())) {
            FirstStart.prepare(opened);
            FirstStart.loadExample(opened);
        }
        FxRobot robot = app.start(catalogue, false, "en");
        waitUntil(() -> robot.lookup("#openPasswordPane").tryQuery().isPresent());
        robot.clickOn("#passphraseField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitForEvents(robot, 1);
        assertThat(app.app().locker().idleTime()).isEqualTo(Duration.ofMinutes(10));

        fire(robot, "menuSafetySettings");
        waitUntil(() -> robot.lookup("#safetySettings").tryQuery().isPresent());
        assertThat(field(robot, "#backupKeepField").getText()).isEqualTo("7");
        assertThat(field(robot, "#lockMinutesField").getText()).isEqualTo("10");
        robot.interact(() -> field(robot, "#backupKeepField").setText("0"));
        assertThat(robot.lookup("#saveSettingsButton").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#settingsProblem").queryAs(Labeled.class).getText())
                .isEqualTo("Backups to keep: a whole number from 1 to 100.");
        robot.interact(() -> {
            field(robot, "#backupKeepField").setText("1");
            field(robot, "#lockMinutesField").setText("3");
        });
        robot.clickOn("#saveSettingsButton");
        waitUntil(() -> robot.lookup("#safetySettings").tryQuery().isEmpty());
        waitUntil(() -> notice(robot).equals("The backup and lock settings are saved."));

        assertThat(app.app().locker().idleTime()).isEqualTo(Duration.ofMinutes(3));
        assertThat(new SettingsFile(catalogue).load().lockMinutes()).isEqualTo(3);

        // keep 1: the second backup rotates the first out
        fire(robot, "menuBackUpNow");
        waitUntil(() -> notice(robot).startsWith("Backed up and verified: catalogue-"));
        String first = notice(robot);
        fire(robot, "menuBackUpNow");
        waitUntil(() -> notice(robot).startsWith("Backed up and verified: catalogue-") && !notice(robot).equals(first));
        try (Stream<Path> files = Files.list(catalogue.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".mv.db")).toList())
                    .hasSize(1).allMatch(name -> notice(robot).contains(name));
        }
    }

    @Test
    void encryptChangeAndRemoveThePasswordFromTheMenu() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        FxRobot robot = app.start(catalogue, true, "en");
        waitForEvents(robot, 1);
        assertThat(menuItem(robot, "menuChangePassword")).isEmpty();
        assertThat(menuItem(robot, "menuLock").orElseThrow().isDisable()).isTrue();

        // encrypt
        fire(robot, "menuEncrypt");
        waitUntil(() -> robot.lookup("#passwordChangePane").tryQuery().isPresent());
        robot.interact(() -> {
            field(robot, "#newPasswordField").setText(PASSWORD);
            field(robot, "#repeatPasswordField").setText(PASSWORD);
        });
        robot.clickOn("#passwordChangeSubmit");
        click(robot, dialog(robot, "Encrypt the catalogue"), "Encrypt");
        waitUntil(() -> notice(robot).startsWith("The catalogue is encrypted."));
        waitForEvents(robot, 1);
        assertThat(Files.exists(catalogue.resolve("catalogue.key"))).isTrue();
        String file = new String(Files.readAllBytes(catalogue.resolve("catalogue.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(file).doesNotContain("Pustovitov").doesNotContain("UNODC");
        try (Stream<Path> files = Files.list(catalogue.resolve("backups"))) {
            assertThat(files.filter(f -> f.toString().endsWith(".mv.db")).count()).as("a backup made first").isEqualTo(1);
        }
        // the window keeps working, and locks with Ctrl+L
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#lockPane").tryQuery().isPresent());
        unlock(robot, PASSWORD);

        // change: a wrong current password is refused, then the new one replaces the old
        fire(robot, "menuChangePassword");
        waitUntil(() -> robot.lookup("#passwordChangePane").tryQuery().isPresent());
        robot.interact(() -> {
            field(robot, "#currentPasswordField").setText("not the password");
            field(robot, "#newPasswordField").setText(NEW_PASSWORD);
            field(robot, "#repeatPasswordField").setText(NEW_PASSWORD);
        });
        robot.clickOn("#passwordChangeSubmit");
        waitUntil(() -> robot.lookup("#passwordChangeProblem").queryAs(Labeled.class).getText().equals("Wrong password"));
        robot.interact(() -> field(robot, "#currentPasswordField").setText(PASSWORD));
        robot.clickOn("#passwordChangeSubmit");
        click(robot, dialog(robot, "Change the password"), "Change password");
        waitUntil(() -> notice(robot).equals("The password is changed."));
        waitForEvents(robot, 1);
        robot.press(KeyCode.CONTROL, KeyCode.L).release(KeyCode.L, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#lockPane").tryQuery().isPresent());
        robot.clickOn("#passphraseField").write(PASSWORD);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#passphraseError").queryAs(Labeled.class).getText().equals("Wrong password"));
        unlock(robot, NEW_PASSWORD);

        // remove: plain again
        fire(robot, "menuRemovePassword");
        waitUntil(() -> robot.lookup("#passwordChangePane").tryQuery().isPresent());
        robot.interact(() -> field(robot, "#currentPasswordField").setText(NEW_PASSWORD));
        robot.clickOn("#passwordChangeSubmit");
        DialogPane remove = dialog(robot, "Remove the password");
        assertThat(remove.getContentText()).contains("can be read by anyone who has this laptop");
        click(robot, remove, "Remove password");
        waitUntil(() -> notice(robot).startsWith("The password is removed"));
        waitForEvents(robot, 1);
        assertThat(Files.exists(catalogue.resolve("catalogue.key"))).isFalse();
        assertThat(menuItem(robot, "menuEncrypt")).isPresent();
        assertThat(menuItem(robot, "menuLock").orElseThrow().isDisable()).isTrue();
        app.stop();
        try (H2Catalogue plain = H2Catalogue.open(catalogue)) {
            assertThat(plain.isEncrypted()).isFalse();
        }
        assertThat(H2Catalogue.isEncrypted(catalogue)).isFalse();
        assertThatThrownBy(() -> H2Catalogue.open(catalogue, NEW_PASSWORD.toCharArray()))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void closingShowsTheBackupBeforeClosingAndClosingAgainQuitsAtOnceOnceConfirmed() throws Exception {
        // a catalogue large enough that its backup (made and verified) lasts some seconds
        Path catalogue = folder.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.openForBulkWrite(catalogue)) {
            org.liaisonlog.logic.synthetic.SyntheticCatalogue.fill(opened,
                    org.liaisonlog.persistence.JooqBulkWriter.into(opened),
                    org.liaisonlog.logic.synthetic.SyntheticShape.of(3_000), line -> { });
        }
        FxRobot robot = app.start(catalogue, false, "en");
        waitUntil(() -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 3_000).orElse(false));
        java.util.concurrent.atomic.AtomicInteger exits = new java.util.concurrent.atomic.AtomicInteger();
        java.util.List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> {
            app.app().exitWith(exits::incrementAndGet);
            javafx.stage.Window.getWindows().addListener((javafx.collections.ListChangeListener<javafx.stage.Window>)
                    change -> javafx.stage.Window.getWindows().forEach(w -> {
                        if (w.getScene() != null && "closingBackup".equals(w.getScene().getRoot().getId())) {
                            shown.add("closingBackup");
                        }
                    }));
        });
        javafx.stage.Stage main = (javafx.stage.Stage) robot.lookup("#eventsTable").query().getScene().getWindow();
        // a catalogue never backed up: a backup is due on closing
        javafx.application.Platform.runLater(() -> main.fireEvent(
                new javafx.stage.WindowEvent(main, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        waitUntil(() -> !shown.isEmpty());
        assertThat(robot.lookup("#closingBackupText").queryAs(Labeled.class).getText())
                .isEqualTo("Backing up before closing…");
        javafx.application.Platform.runLater(() -> main.fireEvent(
                new javafx.stage.WindowEvent(main, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        DialogPane skip = dialog(robot, "Quit without the backup?");
        click(robot, skip, "Quit now");
        waitUntil(() -> exits.get() == 1);
        assertThat(main.isShowing()).isFalse();
    }

    private static void unlock(FxRobot robot, String password) throws Exception {
        robot.interact(() -> field(robot, "#passphraseField").setText(password));
        robot.clickOn("#passphraseSubmit");
        waitForEvents(robot, 1);
    }

    private static TextInputControl field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class);
    }

    private static String notice(FxRobot robot) {
        return robot.lookup("#statusNotice").tryQuery().map(l -> ((Labeled) l).getText()).orElse("");
    }

    private static Optional<MenuItem> menuItem(FxRobot robot, String id) {
        return robot.lookup(".menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .flatMap(m -> m.getItems().stream()).filter(i -> id.equals(i.getId())).findFirst();
    }

    private static void fire(FxRobot robot, String id) {
        MenuItem item = menuItem(robot, id).orElseThrow();
        robot.interact(item::fire);
    }

    /** The dialog (an alert) with this header, once it shows. */
    private static DialogPane dialog(FxRobot robot, String header) throws Exception {
        waitUntil(() -> robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .anyMatch(d -> header.equals(d.getHeaderText())));
        return robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(d -> header.equals(d.getHeaderText())).findFirst().orElseThrow();
    }

    private static void click(FxRobot robot, DialogPane dialog, String button) {
        ButtonType type = dialog.getButtonTypes().stream().filter(b -> b.getText().equals(button)).findFirst()
                .orElseThrow();
        robot.clickOn((Node) dialog.lookupButton(type));
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, condition);
    }

    private static void waitForEvents(FxRobot robot, int events) throws Exception {
        waitUntil(() -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == events).orElse(false));
    }
}
