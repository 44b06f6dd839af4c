package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Backups in the whole program: File › Back up now makes a verified backup and says so; a damaged
 * catalogue is renamed aside at start and the newest verified backup restored in its place.
 */
class BackupWindowTest {

    @TempDir
    Path folder;

    @RegisterExtension
    final RunningApp app = new RunningApp();

    private FxRobot start(Path catalogue) throws Exception {
        return app.start(catalogue, true, "en");
    }

    @Test
    void backUpNowMakesAVerifiedBackupAndSaysSo() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        FxRobot robot = start(catalogue);
        waitForEvents(robot, 1);
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        MenuItem backUp = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menuBackUpNow".equals(i.getId())).findFirst().orElseThrow();
        robot.interact(backUp::fire);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#statusNotice").queryAs(Labeled.class)
                .getText().startsWith("Backed up and verified: catalogue-"));
        try (Stream<Path> files = Files.list(catalogue.resolve("backups"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .anyMatch(name -> name.matches("catalogue-\\d{8}-\\d{6}\\.mv\\.db"));
        }
    }

    @Test
    void aDamagedCatalogueIsSetAsideAndTheNewestBackupRestored() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            FirstStart.prepare(opened);
            FirstStart.loadExample(opened);
            new BackupService(opened, new H2Backups(opened, Clock.systemDefaultZone()), Clock.systemDefaultZone())
                    .backUpNow();
        }
        // both copies of the catalogue file's header (its first two 4 KiB blocks) overwritten
        try (RandomAccessFile file = new RandomAccessFile(catalogue.resolve("catalogue.mv.db").toFile(), "rw")) {
            file.seek(0);
            file.write(new byte[8192]);
        } catch (IOException e) {
            throw new AssertionError(e);
        }

        FxRobot robot = start(catalogue);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane dialog = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).isEqualTo("The catalogue is damaged");
        assertThat(dialog.getContentText()).contains("catalogue-damaged-").contains("Restore it?");
        ButtonType restore = dialog.getButtonTypes().stream()
                .filter(b -> b.getText().equals("Restore this backup")).findFirst().orElseThrow();
        robot.clickOn((Node) dialog.lookupButton(restore));
        waitForEvents(robot, 1);
        try (Stream<Path> files = Files.list(catalogue)) {
            List<String> names = files.map(f -> f.getFileName().toString()).toList();
            assertThat(names).anyMatch(name -> name.startsWith("catalogue-damaged-") && name.endsWith(".mv.db"))
                    .contains("catalogue.mv.db");
        }
    }

    private static void waitForEvents(FxRobot robot, int events) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == events).orElse(false));
    }
}
