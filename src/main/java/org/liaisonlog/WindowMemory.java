package org.liaisonlog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import org.liaisonlog.gui.Screen;
import org.liaisonlog.logic.settings.UserSettings;
import org.liaisonlog.logic.settings.UserSettings.WindowPlace;

/** What the window remembers between runs: its place, the screen last shown, each table's columns. */
final class WindowMemory {

    private WindowMemory() {
    }

    /** Puts the window at its remembered place, if that place is still on a screen. */
    static void place(Stage stage, WindowPlace place) {
        if (place == null) {
            return;
        }
        boolean visible = javafx.stage.Screen.getScreens().stream().map(javafx.stage.Screen::getVisualBounds)
                .anyMatch(b -> b.intersects(new Rectangle2D(place.x(), place.y(), place.width(), place.height())));
        if (visible) {
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(place.width());
            stage.setHeight(place.height());
        }
        stage.setMaximized(place.maximized());
    }

    /** The settings with the window's place, and the workspace's screen and columns (if one is shown). */
    static UserSettings remember(UserSettings settings, Stage stage, Workspace workspace) {
        UserSettings remembered = settings;
        if (workspace != null) {
            remembered = remembered.withLastScreen(workspace.mainWindow().current().name());
            for (var entry : workspace.mainWindow().columns().entrySet()) {
                remembered = remembered.withTableColumns(entry.getKey().name(), entry.getValue());
            }
        }
        if (stage != null && stage.getWidth() > 0) {
            remembered = remembered.withWindow(new WindowPlace(stage.getX(), stage.getY(), stage.getWidth(),
                    stage.getHeight(), stage.isMaximized()));
        }
        return remembered;
    }

    static Screen lastScreen(UserSettings settings) {
        try {
            return settings.lastScreen() == null ? Screen.EVENTS : Screen.valueOf(settings.lastScreen());
        } catch (IllegalArgumentException e) {
            return Screen.EVENTS;
        }
    }

    static Map<Screen, List<String>> columns(UserSettings settings) {
        Map<Screen, List<String>> columns = new EnumMap<>(Screen.class);
        settings.tableColumns().forEach((table, state) -> {
            try {
                columns.put(Screen.valueOf(table), state);
            } catch (IllegalArgumentException e) {
                // a table of an older or newer version: ignored
            }
        });
        return columns;
    }
}
