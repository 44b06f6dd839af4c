package org.liaisonlog.gui.util;

import java.util.List;
import java.util.Objects;
import javafx.collections.ObservableList;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Window;
import org.liaisonlog.logic.settings.Appearance;

/**
 * The program's one stylesheet, plus its dark variant, applied to every window. The appearance
 * is one for the whole program, as JavaFX's own default stylesheet is; switching it restyles
 * every open window.
 */
public final class Styles {

    private static final String LIGHT = resource("/org/liaisonlog/gui/liaison-log.css");
    private static final String DARK = resource("/org/liaisonlog/gui/liaison-log-dark.css");

    private static volatile Appearance appearance = Appearance.LIGHT;

    private Styles() {
    }

    private static String resource(String name) {
        return Objects.requireNonNull(Styles.class.getResource(name), name).toExternalForm();
    }

    public static Appearance appearance() {
        return appearance;
    }

    /** Switches the appearance of the program, restyling every open window. */
    public static void use(Appearance value) {
        appearance = value;
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window.getScene() != null && window.getScene().getStylesheets().contains(LIGHT)) {
                apply(window.getScene());
            }
        }
    }

    /** For a dialog pane, whose scene the dialog makes when it shows. */
    public static void apply(Parent root) {
        set(root.getStylesheets());
    }

    public static void apply(Scene scene) {
        if (scene != null) {
            set(scene.getStylesheets());
        }
    }

    private static void set(ObservableList<String> sheets) {
        sheets.removeAll(LIGHT, DARK);
        sheets.add(LIGHT);
        if (appearance == Appearance.DARK) {
            sheets.add(DARK);
        }
    }
}
