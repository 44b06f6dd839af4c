package org.liaisonlog.gui.util;

import java.util.Collection;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Autocomplete on text fields (ControlsFX), set up the same way everywhere: the suggestions are as
 * wide as the field; a click outside them closes them and still reaches what was clicked.
 */
public final class Autocomplete {

    /** About the width ControlsFX gives the suggestions of itself. */
    private static final double MIN_WIDTH = 250;

    private Autocomplete() {
    }

    public static AutoCompletionBinding<String> strings(TextField field, Function<String, Collection<String>> suggestions) {
        return configure(field, TextFields.bindAutoCompletion(field,
                request -> suggestions.apply(request.getUserText())));
    }

    public static <T> AutoCompletionBinding<T> values(TextField field, Function<String, Collection<T>> suggestions,
                                                      StringConverter<T> converter) {
        return configure(field, TextFields.bindAutoCompletion(field,
                request -> suggestions.apply(request.getUserText()), converter));
    }

    private static <T> AutoCompletionBinding<T> configure(TextField field, AutoCompletionBinding<T> binding) {
        binding.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        // As wide as the field (never narrower than ControlsFX's own), so that long names can be read.
        binding.prefWidthProperty().bind(Bindings.max(field.widthProperty(), MIN_WIDTH));
        binding.setVisibleRowCount(12);
        return binding;
    }
}
