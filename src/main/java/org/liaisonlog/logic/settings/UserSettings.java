package org.liaisonlog.logic.settings;

import java.util.List;

/**
 * What the program remembers between runs: language, appearance, the window and the screen
 * last shown, the columns of each table, the backup folder chosen and the idle time before the
 * window locks. Never any catalogue data.
 *
 * @param language     "en" or "ru", or null for the system's language
 * @param window       the main window's place and size, or null for the default
 * @param lastScreen   the name of the screen last shown, or null
 * @param tableColumns for each table (by id), its columns in order, hidden ones prefixed with "-"
 * @param backupFolder the backup folder the user chose (also kept in the catalogue; here so that
 *                     a damaged catalogue's backups can still be found), or null for the default
 * @param lockMinutes  idle minutes before an encrypted catalogue's window locks
 *                     ({@value #MIN_LOCK_MINUTES} to {@value #MAX_LOCK_MINUTES})
 */
public record UserSettings(String language, Appearance appearance, WindowPlace window, String lastScreen,
                           java.util.Map<String, List<String>> tableColumns, String backupFolder, int lockMinutes) {

    /** Idle minutes before locking unless the user chose otherwise. */
    public static final int DEFAULT_LOCK_MINUTES = 10;
    public static final int MIN_LOCK_MINUTES = 1;
    /** A working day: locking is never switched off. */
    public static final int MAX_LOCK_MINUTES = 480;

    public UserSettings {
        appearance = appearance == null ? Appearance.LIGHT : appearance;
        tableColumns = tableColumns == null ? java.util.Map.of() : java.util.Map.copyOf(tableColumns);
        backupFolder = backupFolder == null || backupFolder.isBlank() ? null : backupFolder;
        lockMinutes = lockMinutes < MIN_LOCK_MINUTES || lockMinutes > MAX_LOCK_MINUTES ? DEFAULT_LOCK_MINUTES
                : lockMinutes;
    }

    /** Without a backup folder, locking after the default idle time. */
    public UserSettings(String language, Appearance appearance, WindowPlace window, String lastScreen,
                        java.util.Map<String, List<String>> tableColumns) {
        this(language, appearance, window, lastScreen, tableColumns, null, DEFAULT_LOCK_MINUTES);
    }

    public static UserSettings defaults() {
        return new UserSettings(null, Appearance.LIGHT, null, null, java.util.Map.of());
    }

    public UserSettings withLanguage(String value) {
        return new UserSettings(value, appearance, window, lastScreen, tableColumns, backupFolder, lockMinutes);
    }

    public UserSettings withAppearance(Appearance value) {
        return new UserSettings(language, value, window, lastScreen, tableColumns, backupFolder, lockMinutes);
    }

    public UserSettings withWindow(WindowPlace value) {
        return new UserSettings(language, appearance, value, lastScreen, tableColumns, backupFolder, lockMinutes);
    }

    public UserSettings withLastScreen(String value) {
        return new UserSettings(language, appearance, window, value, tableColumns, backupFolder, lockMinutes);
    }

    public UserSettings withTableColumns(String table, List<String> columns) {
        java.util.Map<String, List<String>> all = new java.util.HashMap<>(tableColumns);
        all.put(table, List.copyOf(columns));
        return new UserSettings(language, appearance, window, lastScreen, all, backupFolder, lockMinutes);
    }

    /** The backup folder chosen (an absolute path), or null for the default beside the catalogue. */
    public UserSettings withBackupFolder(String value) {
        return new UserSettings(language, appearance, window, lastScreen, tableColumns, value, lockMinutes);
    }

    public UserSettings withLockMinutes(int value) {
        return new UserSettings(language, appearance, window, lastScreen, tableColumns, backupFolder, value);
    }

    /** The main window's place on the screen and its size. */
    public record WindowPlace(double x, double y, double width, double height, boolean maximized) {
    }
}
