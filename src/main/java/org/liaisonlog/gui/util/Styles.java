package org.liaisonlog.gui.util;

import java.util.Objects;
import javafx.scene.Scene;

/** The program's one stylesheet, applied to every window. */
public final class Styles {

    private static final String STYLESHEET = Objects.requireNonNull(
            Styles.class.getResource("/org/liaisonlog/gui/liaison-log.css")).toExternalForm();

    private Styles() {
    }

    /** For a dialog pane, whose scene the dialog makes when it shows. */
    public static void apply(javafx.scene.Parent root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
    }

    public static void apply(Scene scene) {
        if (scene != null && !scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }
}
