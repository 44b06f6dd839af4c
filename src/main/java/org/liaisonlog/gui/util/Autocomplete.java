package org.liaisonlog.gui.util;

import java.util.Collection;
import java.util.function.Function;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;

/**
 * Autocomplete on text fields (ControlsFX), set up the same way everywhere: a click outside the
 * suggestions closes them and still reaches what was clicked.
 */
public final class Autocomplete {

    private Autocomplete() {
    }

    public static AutoCompletionBinding<String> strings(TextField field, Function<String, Collection<String>> suggestions) {
        return configure(TextFields.bindAutoCompletion(field, request -> suggestions.apply(request.getUserText())));
    }

    public static <T> AutoCompletionBinding<T> values(TextField field, Function<String, Collection<T>> suggestions,
                                                      StringConverter<T> converter) {
        return configure(TextFields.bindAutoCompletion(field, request -> suggestions.apply(request.getUserText()),
                converter));
    }

    private static <T> AutoCompletionBinding<T> configure(AutoCompletionBinding<T> binding) {
        binding.getAutoCompletionPopup().setConsumeAutoHidingEvents(false);
        binding.setVisibleRowCount(12);
        return binding;
    }
}
