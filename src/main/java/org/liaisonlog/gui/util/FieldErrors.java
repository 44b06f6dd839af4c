package org.liaisonlog.gui.util;

import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;

/**
 * Shows a view model's error for a field at the field: a red outline (style class
 * {@code field-error}), the message as the field's tooltip (its own tooltip back when the error
 * goes), and the message in a label below.
 * ControlsFX's validation decorations are not used: even removing one re-parents the window's
 * root into a decoration pane, which breaks dialogs (docs/decisions/0005-validation-display.md).
 */
public final class FieldErrors {

    public static final String ERROR_STYLE = "field-error";

    private FieldErrors() {
    }

    /** Returns the label that shows the message; put it under the field. */
    public static Label bind(Control control, ObservableStringValue error) {
        Label message = new Label();
        message.getStyleClass().add("field-error-text");
        message.setWrapText(true);
        message.managedProperty().bind(message.visibleProperty());
        Tooltip own = control.getTooltip();
        Runnable show = () -> {
            String text = error.get();
            boolean bad = text != null && !text.isBlank();
            message.setText(bad ? text : "");
            message.setVisible(bad);
            control.getStyleClass().remove(ERROR_STYLE);
            control.setTooltip(own);
            if (bad) {
                control.getStyleClass().add(ERROR_STYLE);
                control.setTooltip(new Tooltip(text));
            }
        };
        error.addListener((obs, old, now) -> show.run());
        show.run();
        return message;
    }
}
