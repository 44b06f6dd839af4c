package org.liaisonlog.gui;

import java.util.function.Consumer;
import org.liaisonlog.logic.settings.Appearance;

/** What the main window's menus ask of the program: quit, switch appearance, switch language. */
public record MainWindowActions(Runnable quit, Consumer<Appearance> appearance, Consumer<String> language) {
}
