package org.liaisonlog.logic.catalogue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the catalogue lives: a folder named on the command line, else {@code LIAISON_LOG_HOME},
 * else the user's data folder of the operating system.
 */
public final class CatalogueLocation {

    public static final String HOME_VARIABLE = "LIAISON_LOG_HOME";

    private CatalogueLocation() {
    }

    /** The folder for this process: the command line's choice, or the environment's. */
    public static Path resolve(Path fromCommandLine) {
        if (fromCommandLine != null) {
            return fromCommandLine.toAbsolutePath();
        }
        return defaultFolder(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    /** The folder the environment gives, for the named operating system. */
    public static Path defaultFolder(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get(HOME_VARIABLE);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank()
                    ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Liaison Log");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Liaison Log");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG specification says a relative XDG_DATA_HOME is to be ignored.
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(userHome, ".local", "share");
        return base.resolve("liaison-log");
    }
}
