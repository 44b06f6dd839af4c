package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Starts the whole program as the launcher does, on a new catalogue with --example. */
class LiaisonLogAppTest {

    @TempDir
    Path folder;

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void aNewCatalogueWithTheExampleOpensOnTheEventsScreen() throws Exception {
        Path catalogue = folder.resolve("catalogue");
        LaunchOptions.set(new LaunchOptions(catalogue, true, "en"));
        FxToolkit.registerPrimaryStage();
        LiaisonLogApp app = (LiaisonLogApp) FxToolkit.setupApplication(LiaisonLogApp.class);
        FxRobot robot = new FxRobot();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#eventsTable").tryQuery()
                .map(t -> ((TableView<?>) t).getItems().size() == 1).orElse(false));
        assertThat(robot.lookup("#catalogueLocation").queryAs(Label.class).getText())
                .isEqualTo("Catalogue: " + catalogue.toAbsolutePath());
        assertThat(Files.exists(catalogue.resolve("catalogue.mv.db"))).isTrue();
        FxToolkit.cleanupApplication(app);
    }
}
