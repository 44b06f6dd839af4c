package org.liaisonlog.gui.util;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;

/** Date pickers that take a date as soon as it is typed, not only when Enter is pressed. */
public final class Pickers {

    private Pickers() {
    }

    public static DatePicker datePicker(ObjectProperty<LocalDate> value) {
        DatePicker picker = new DatePicker();
        IsoDateConverter converter = new IsoDateConverter();
        picker.setConverter(converter);
        picker.setPromptText("yyyy-mm-dd");
        picker.valueProperty().bindBidirectional(value);
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            LocalDate typed = converter.fromString(text);
            if (text.isBlank()) {
                value.set(null);
            } else if (typed != null && !Objects.equals(typed, value.get())) {
                value.set(typed);
            }
        });
        return picker;
    }
}
