package org.liaisonlog.logic.settings;

import java.util.List;

/**
 * What the program remembers between runs: language, appearance, the window and the screen
 * last shown, and the columns of each table. Never any catalogue data.
 *
 * @param language     "en" or "ru", or null for the system's language
 * @param window       the main window's place and size, or null for the default
 * @param lastScreen   the name of the screen last shown, or null
 * @param tableColumns for each table (by id), its columns in order, hidden ones prefixed with "-"
 */
public record UserSettings(String language, Appearance appearance, WindowPlace window, String lastScreen,
                           java.util.Map<String, List<String>> tableColumns) {

    public UserSettings {
        appearance = appearance == null ? Appearance.LIGHT : appearance;
        tableColumns = tableColumns == null ? java.util.Map.of() : java.util.Map.copyOf(tableColumns);
    }

    public static UserSettings defaults() {
        return new UserSettings(null, Appearance.LIGHT, null, null, java.util.Map.of());
    }

    public UserSettings withLanguage(String value) {
        return new UserSettings(value, appearance, window, lastScreen, tableColumns);
    }

    public UserSettings withAppearance(Appearance value) {
        return new UserSettings(language, value, window, lastScreen, tableColumns);
    }

    public UserSettings withWindow(WindowPlace value) {
        return new UserSettings(language, appearance, value, lastScreen, tableColumns);
    }

    public UserSettings withLastScreen(String value) {
        return new UserSettings(language, appearance, window, value, tableColumns);
    }

    public UserSettings withTableColumns(String table, List<String> columns) {
        java.util.Map<String, List<String>> all = new java.util.HashMap<>(tableColumns);
        all.put(table, List.copyOf(columns));
        return new UserSettings(language, appearance, window, lastScreen, all);
    }

    /** The main window's place on the screen and its size. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }
}
