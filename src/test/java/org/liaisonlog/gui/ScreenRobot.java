package org.liaisonlog.gui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the TestFX tests of the editors do with their fields: wait for one, type a date, pick a suggestion, read an error. */
public final class ScreenRobot {

    private ScreenRobot() {
    }

    /** Waits (at most 10 s) until a node of {@code query} shows in a window that shows. */
    public static void waitFor(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .filter(n -> n.isVisible() && n.getScene() != null && n.getScene().getWindow() != null
                        && n.getScene().getWindow().isShowing())
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text of the error label {@code query} when it shows, else "". */
    public static String errorText(FxRobot robot, String query) {
        Optional<Label> label = robot.lookup(query).tryQueryAs(Label.class);
        return label.filter(Node::isVisible).map(Label::getText).map(Objects::toString).orElse("");
    }

    /** Types a date into the editor of the date picker {@code picker}. */
    public static void typeDate(FxRobot robot, String picker, String date) {
        robot.clickOn(robot.lookup(picker).queryAs(DatePicker.class).getEditor()).write(date);
    }

    /** Types into an autocomplete field, waits for the suggestion itself to show, and clicks it. */
    public static void chooseSuggestion(FxRobot robot, String field, String typed, String suggestion)
            throws TimeoutException {
        waitFor(robot, field);
        robot.clickOn(field).write(typed);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> suggestionCell(suggestion).isPresent());
        robot.clickOn(suggestionCell(suggestion).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A visible suggestion in a ControlsFX autocomplete popup (a window of its own). */
    public static Optional<Node> suggestionCell(String text) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow && w.isShowing() && w.getScene() != null)
                .flatMap(w -> w.getScene().getRoot().lookupAll(".list-cell").stream())
                .filter(n -> n instanceof Labeled cell && text.equals(cell.getText()) && n.isVisible())
                .findFirst();
    }

    /** The texts of the labelled nodes of {@code query}. */
    public static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Labeled.class).stream().map(Labeled::getText).toList();
    }
}
