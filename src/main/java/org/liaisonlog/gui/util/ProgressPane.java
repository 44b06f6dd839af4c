package org.liaisonlog.gui.util;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;

/**
 * What the window shows in place of its content while the catalogue is opened, closed or
 * rewritten: a spinner and one sentence saying what is happening, wrapped and centred.
 */
public final class ProgressPane {

    private ProgressPane() {
    }

    /** The pane, with {@code id} for tests (null for none). */
    public static VBox of(String what, String id) {
        Label text = new Label(what);
        text.setWrapText(true);
        text.setMaxWidth(520);
        text.setTextAlignment(TextAlignment.CENTER);
        VBox pane = new VBox(12, new ProgressIndicator(), text);
        pane.setId(id);
        pane.getStyleClass().add("opening");
        return pane;
    }
}
