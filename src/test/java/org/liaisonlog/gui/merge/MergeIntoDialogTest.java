package org.liaisonlog.gui.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.gui.ScreenRobot.waitFor;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.liaisonlog.gui.ScreenTests;
import org.liaisonlog.gui.util.Messages;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The list of the "Merge into…" dialog as it shows its candidates, in English and Russian. */
@ExtendWith(ApplicationExtension.class)
class MergeIntoDialogTest {

    private static final String INTERPOL = "International Criminal Police Organization (INTERPOL)";
    private static final String UNODC = "UN Office on Drugs and Crime (UNODC)";

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 300, 200));
        stage.show();
    }

    @AfterEach
    void close() {
        ScreenTests.closeAfter(() -> { });
    }

    /** The texts of the list's lines, the dialog open on a close spelling and another candidate. */
    private List<String> lines(FxRobot robot, Locale language) throws Exception {
        List<MergeTarget> candidates = List.of(new MergeTarget(UUID.randomUUID(), INTERPOL, List.of(), true),
                new MergeTarget(UUID.randomUUID(), UNODC, List.of(), false));
        Platform.runLater(() -> MergeIntoDialog.choose(stage, new Messages(language), "Interpoll", candidates));
        waitFor(robot, "#mergeIntoList");
        List<String> texts = robot.lookup("#mergeIntoList .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).map(ListCell::getText).toList();
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return texts;
    }

    @Test
    void aCloseSpellingIsMarkedAfterItsNameWithOneSpaceBeforeTheDash(FxRobot robot) throws Exception {
        assertThat(lines(robot, Locale.ENGLISH)).containsExactly(INTERPOL + " — close spelling", UNODC);
        assertThat(lines(robot, Locale.forLanguageTag("ru"))).containsExactly(INTERPOL + " — близкое написание", UNODC);
    }
}
