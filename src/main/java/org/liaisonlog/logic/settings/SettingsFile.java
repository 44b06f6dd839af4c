package org.liaisonlog.logic.settings;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.liaisonlog.logic.settings.UserSettings.WindowPlace;

/**
 * The settings kept in {@code settings.properties} beside the catalogue (so a catalogue carried
 * on a USB stick keeps its settings). A damaged or missing file gives the defaults; writing goes
 * through a temporary file so a crash never leaves half a file.
 */
public final class SettingsFile {

    public static final String NAME = "settings.properties";

    private final Path file;

    public SettingsFile(Path folder) {
        this.file = folder.resolve(NAME);
    }

    public UserSettings load() {
        if (!Files.isRegularFile(file)) {
            return UserSettings.defaults();
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return UserSettings.defaults();
        }
        String language = p.getProperty("language");
        if (language != null && !language.equals("en") && !language.equals("ru")) {
            language = null;
        }
        Appearance appearance = "DARK".equals(p.getProperty("appearance")) ? Appearance.DARK : Appearance.LIGHT;
        Map<String, List<String>> columns = new HashMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith("columns.")) {
                columns.put(name.substring("columns.".length()),
                        Arrays.stream(p.getProperty(name).split(",")).filter(s -> !s.isBlank()).toList());
            }
        }
        return new UserSettings(language, appearance, window(p), p.getProperty("lastScreen"), columns,
                p.getProperty("backupFolder"), lockMinutes(p));
    }

    /** A missing or unreadable value (a file written before it was kept) gives the default. */
    private static int lockMinutes(Properties p) {
        try {
            return Integer.parseInt(p.getProperty("lockMinutes", "").trim());
        } catch (NumberFormatException e) {
            return UserSettings.DEFAULT_LOCK_MINUTES;
        }
    }

    private static WindowPlace window(Properties p) {
        try {
            double x = Double.parseDouble(p.getProperty("window.x"));
            double y = Double.parseDouble(p.getProperty("window.y"));
            double w = Double.parseDouble(p.getProperty("window.width"));
            double h = Double.parseDouble(p.getProperty("window.height"));
            if (w < 200 || h < 150) {
                return null;
            }
            return new WindowPlace(x, y, w, h, Boolean.parseBoolean(p.getProperty("window.maximized")));
        } catch (NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    public void save(UserSettings settings) {
        Properties p = new Properties();
        if (settings.language() != null) {
            p.setProperty("language", settings.language());
        }
        p.setProperty("appearance", settings.appearance().name());
        if (settings.window() != null) {
            WindowPlace w = settings.window();
            p.setProperty("window.x", Double.toString(w.x()));
            p.setProperty("window.y", Double.toString(w.y()));
            p.setProperty("window.width", Double.toString(w.width()));
            p.setProperty("window.height", Double.toString(w.height()));
            p.setProperty("window.maximized", Boolean.toString(w.maximized()));
        }
        if (settings.lastScreen() != null) {
            p.setProperty("lastScreen", settings.lastScreen());
        }
        if (settings.backupFolder() != null) {
            p.setProperty("backupFolder", settings.backupFolder());
        }
        p.setProperty("lockMinutes", Integer.toString(settings.lockMinutes()));
        settings.tableColumns().forEach((table, columns) -> p.setProperty("columns." + table, String.join(",", columns)));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "settings", ".tmp");
            try {
                ownerOnly(temporary);
                try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                    p.store(writer, "Liaison Log settings");
                }
                move(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot save the settings", e);
        }
    }

    private void move(Path temporary) throws IOException {
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void ownerOnly(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user's profile folder is private already.
        }
    }
}
