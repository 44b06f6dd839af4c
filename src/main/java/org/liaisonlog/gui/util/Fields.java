package org.liaisonlog.gui.util;

import javafx.beans.property.StringProperty;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

/** Text fields and areas of the forms, each bound both ways to its view model's property. */
public final class Fields {

    private Fields() {
    }

    public static TextField text(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    /** A text area of {@code rows} rows whose lines wrap. */
    public static TextArea area(String id, StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }
}
