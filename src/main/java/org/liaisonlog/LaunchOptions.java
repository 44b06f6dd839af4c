package org.liaisonlog;

import java.nio.file.Path;
import java.util.Locale;

/** What the command line asked of the window: which catalogue, whether to load the example, which language. */
record LaunchOptions(Path catalogue, boolean example, String language) {

    private static volatile LaunchOptions current = new LaunchOptions(null, false, null);

    static void set(LaunchOptions options) {
        current = options;
    }

    static LaunchOptions get() {
        return current;
    }

    /**
     * The interface locale: the one asked for on the command line, else the one chosen in the
     * settings, else Russian for a Russian system, else English.
     */
    Locale locale(String fromSettings) {
        String chosen = language != null ? language
                : fromSettings != null ? fromSettings
                : "ru".equals(Locale.getDefault().getLanguage()) ? "ru" : "en";
        return Locale.forLanguageTag(chosen);
    }
}
