package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start-up probe: off unless asked; reports once a shown table has lines, not before. */
@ExtendWith(ApplicationExtension.class)
class StartupProbeTest {

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final StartupProbe probe = new StartupProbe(StartupProbe.Mode.PRINT, Instant.now().minusSeconds(2),
            new PrintStream(printed, true, StandardCharsets.UTF_8));
    private TableView<String> table;
    private StackPane root;

    @Start
    void start(Stage stage) {
        table = new TableView<>();
        root = new StackPane(new Label("Opening…"));
        Scene scene = new Scene(root, 400, 300);
        stage.setScene(scene);
        probe.watchForData(scene);
        stage.show();
    }

    @Test
    void isOffUnlessAsked() {
        assertThat(StartupProbe.mode(null)).isEqualTo(StartupProbe.Mode.OFF);
        assertThat(StartupProbe.mode("")).isEqualTo(StartupProbe.Mode.OFF);
        assertThat(StartupProbe.mode("no")).isEqualTo(StartupProbe.Mode.OFF);
        assertThat(StartupProbe.mode("print")).isEqualTo(StartupProbe.Mode.PRINT);
        assertThat(StartupProbe.mode(" EXIT ")).isEqualTo(StartupProbe.Mode.EXIT);
    }

    @Test
    void reportsOnlyOnceAShownTableHasLines(FxRobot robot) throws Exception {
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(printed()).as("nothing shown yet but the opening label").isEmpty();

        robot.interact(() -> root.getChildren().setAll(table));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(printed()).as("an empty table is not data").isEmpty();

        robot.interact(() -> {
            table.setVisible(false);
            table.getItems().add("The Sixth Conference");
        });
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(printed()).as("a hidden table is not shown").isEmpty();

        robot.interact(() -> table.setVisible(true));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !printed().isEmpty());
        assertThat(printed()).matches("liaison-log startup-ms=(\\d+)(\\s+\\S+)*\\s*");
        long millis = Long.parseLong(printed().replaceAll(".*startup-ms=(\\d+).*\\s*", "$1"));
        assertThat(millis).as("counted from the process's start, given two seconds ago").isGreaterThanOrEqualTo(2000);

        robot.interact(() -> table.getItems().add("Another"));
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(printed().lines().count()).as("one figure per start").isEqualTo(1);
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
