package org.liaisonlog.gui.util;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.HPos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A small builder for the program's forms: a label column and a field column, errors under fields. */
public final class Forms {

    private final GridPane grid = new GridPane();
    private int row;

    public Forms() {
        grid.getStyleClass().add("form");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(Control.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().addAll(labels, fields);
    }

    /** Adds a labelled field; the label's mnemonic focuses the field. */
    public Forms field(String labelText, Node field) {
        Label label = new Label(labelText);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        GridPane.setValignment(label, VPos.TOP);
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        row++;
        return this;
    }

    /** Adds a labelled field with its error message shown under it. */
    public Forms field(String labelText, Control field, ObservableStringValue error) {
        return field(labelText, field, field, error);
    }

    /** Adds a labelled row holding {@code content}, with {@code target}'s error under it. */
    public Forms field(String labelText, Node content, Control target, ObservableStringValue error) {
        Label message = FieldErrors.bind(target, error);
        message.setId(target.getId() == null ? null : target.getId() + "Error");
        VBox box = new VBox(2, content, message);
        return field(labelText, box);
    }

    public GridPane build() {
        return grid;
    }

    /** A combo box showing each value through the converter, e.g. an enum's translated name. */
    public static <T> ComboBox<T> comboBox(Iterable<T> values, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        values.forEach(box.getItems()::add);
        // Short fixed lists show whole, without scrolling.
        box.setVisibleRowCount(Math.max(10, Math.min(box.getItems().size(), 16)));
        StringConverter<T> converter = new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return box.getItems().stream().filter(v -> text.apply(v).equals(string)).findFirst().orElse(null);
            }
        };
        box.setConverter(converter);
        box.setButtonCell(cell(item -> item == null ? "" : text.apply(item)));
        return box;
    }

    /**
     * A combo box as {@link #comboBox} whose list starts with {@code none}, the choice of no value
     * (null), so that a value once chosen can be taken back.
     */
    public static <T> ComboBox<T> optionalComboBox(List<T> values, Function<T, String> text,
                                                   String none) {
        List<T> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(values);
        ComboBox<T> box = comboBox(choices, text);
        box.setCellFactory(list -> cell(item -> item == null ? none : text.apply(item)));
        return box;
    }

    private static <T> ListCell<T> cell(Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? "" : text.apply(item));
            }
        };
    }
}
