package org.liaisonlog.gui.util;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

/**
 * Date pickers that show dates in the interface language's form, accept that form or ISO
 * (2018-10-31) when typed, and take a date as soon as it is typed, not only when Enter is pressed.
 */
public final class Pickers {

    private static final String KEEPS_UNREADABLE = "liaisonlog.keepsUnreadable";

    private Pickers() {
    }

    public static DatePicker datePicker(ObjectProperty<LocalDate> value, Messages messages) {
        DatePicker picker = new DatePicker();
        configure(picker, messages);
        picker.valueProperty().bindBidirectional(value);
        picker.getEditor().textProperty().addListener((obs, old, text) -> {
            LocalDate typed = picker.getConverter().fromString(text);
            if (text.isBlank()) {
                value.set(null);
            } else if (typed != null && !Objects.equals(typed, value.get())) {
                value.set(typed);
            }
        });
        return picker;
    }

    /**
     * A date picker as above that also says in {@code unreadable} when its text is not a date. The
     * value then stays as it was and the text as typed (leaving the field keeps it), so that the
     * form can say so at the field instead of saving the date as none. (A picker without it, such as
     * a search's or a report's period, clears text that is not a date when left, as it has no place
     * to say so and would otherwise show one thing and use another.)
     */
    public static DatePicker datePicker(ObjectProperty<LocalDate> value, BooleanProperty unreadable, Messages messages) {
        DatePicker picker = datePicker(value, messages);
        keepUnreadableText(picker);
        picker.getEditor().textProperty().addListener((obs, old, text) -> unreadable.set(unreadable(picker, text)));
        return picker;
    }

    /**
     * Makes a picker configured here keep text that is not a date, and its date, when the field is
     * left, for a form that says at the field that the text is not a date.
     */
    public static void keepUnreadableText(DatePicker picker) {
        picker.getProperties().put(KEEPS_UNREADABLE, Boolean.TRUE);
    }

    /** True when the text, typed in a picker made here, is not blank and not a date. */
    public static boolean unreadable(DatePicker picker, String text) {
        return text != null && !text.isBlank() && ((DateConverter) picker.getProperties().get(DateConverter.class)).fromString(text) == null;
    }

    /**
     * The language's date form ({@link DateConverter}), the prompt and the forms a date may be typed
     * in; the tooltip is the editor's own, so that a field error's tooltip on the picker does not
     * replace it.
     */
    public static void configure(DatePicker picker, Messages messages) {
        DateConverter dates = new DateConverter(messages.locale());
        picker.getProperties().put(DateConverter.class, dates);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return dates.toString(date);
            }

            /**
             * The picker's own date while the text still says it, or, in a picker that says when its
             * text is unreadable, does not say a date: the picker commits its text when it loses the
             * focus, and a new but equal date would count as an edit, and text that is not a date
             * would drop the date and the text with it.
             */
            @Override
            public LocalDate fromString(String text) {
                LocalDate typed = dates.fromString(text);
                boolean keptUnread = typed == null && text != null && !text.isBlank()
                        && picker.getProperties().containsKey(KEEPS_UNREADABLE);
                return keptUnread || Objects.equals(typed, picker.getValue()) ? picker.getValue() : typed;
            }
        });
        // Week numbers come and go with the calendar's country; they are not wanted in either language.
        picker.setShowWeekNumbers(false);
        picker.setPromptText(messages.get("date.prompt"));
        picker.getEditor().setTooltip(new Tooltip(messages.get("date.tooltip")));
    }
}
