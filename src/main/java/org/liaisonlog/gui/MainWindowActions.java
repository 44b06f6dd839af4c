package org.liaisonlog.gui;

import java.util.function.Consumer;
import org.liaisonlog.logic.settings.Appearance;

/**
 * What the main window's menus ask of the program: quit, switch appearance, switch language,
 * lock (null when the catalogue has no password, so there is nothing to unlock with).
 */
public record MainWindowActions(Runnable quit, Consumer<Appearance> appearance, Consumer<String> language,
                                Runnable lock) {

    /** Without locking. */
    public MainWindowActions(Runnable quit, Consumer<Appearance> appearance, Consumer<String> language) {
        this(quit, appearance, language, null);
    }
}
