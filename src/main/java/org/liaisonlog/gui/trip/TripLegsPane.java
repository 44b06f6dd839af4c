package org.liaisonlog.gui.trip;

import javafx.beans.value.ObservableStringValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Pickers;

/**
 * The legs of the trip as an inline table: one row per leg (city, country, from, to, remove),
 * each field with its problem right under it, and a button to add a leg.
 */
final class TripLegsPane extends VBox {

    private final TripEditorViewModel viewModel;
    private final Messages messages;
    private final GridPane grid = new GridPane();

    TripLegsPane(TripEditorViewModel viewModel, Messages messages) {
        super(6);
        this.viewModel = viewModel;
        this.messages = messages;
        grid.setId("legsGrid");
        grid.setHgap(6);
        grid.setVgap(4);
        for (int i = 0; i < 4; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setHgrow(i < 2 ? Priority.ALWAYS : Priority.SOMETIMES);
            column.setFillWidth(true);
            grid.getColumnConstraints().add(column);
        }
        viewModel.legs().addListener((ListChangeListener<TripLegRowViewModel>) c -> redraw());
        redraw();
        Button add = new Button(messages.get("trip.addLeg"));
        add.setId("addLegButton");
        add.setOnAction(e -> {
            viewModel.addLeg();
            grid.lookup("#legCity" + (viewModel.legs().size() - 1)).requestFocus();
        });
        getChildren().addAll(grid, add);
    }

    private void redraw() {
        grid.getChildren().clear();
        if (viewModel.legs().isEmpty()) {
            grid.add(new Label(messages.get("trip.noLegs")), 0, 0, 4, 1);
            return;
        }
        String[] headers = {"trip.leg.city", "trip.leg.country", "trip.leg.from", "trip.leg.to"};
        for (int i = 0; i < headers.length; i++) {
            Label header = new Label(messages.get(headers[i]));
            header.getStyleClass().add("column-header-label");
            grid.add(header, i, 0);
        }
        for (int i = 0; i < viewModel.legs().size(); i++) {
            addRow(viewModel.legs().get(i), i);
        }
    }

    private void addRow(TripLegRowViewModel leg, int index) {
        int row = index + 1;
        TextField city = new TextField();
        city.setId("legCity" + index);
        city.setPromptText(messages.get("trip.leg.cityPrompt"));
        city.textProperty().bindBidirectional(leg.cityProperty());
        Autocomplete.strings(city, text -> viewModel.choices().suggestCities(text));
        TextField country = new TextField();
        country.setId("legCountry" + index);
        country.setPromptText(messages.get("trip.leg.countryPrompt"));
        country.textProperty().bindBidirectional(leg.countryProperty());
        String language = messages.language();
        Autocomplete.strings(country, text -> viewModel.choices().countries().suggest(text, 12)
                .stream().map(c -> c.name(language)).toList());
        DatePicker from = Pickers.datePicker(leg.fromProperty(), leg.fromUnreadableProperty(), messages);
        from.setId("legFrom" + index);
        DatePicker to = Pickers.datePicker(leg.toProperty(), leg.toUnreadableProperty(), messages);
        to.setId("legTo" + index);
        Button remove = new Button("×");
        remove.setId("removeLeg" + index);
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText(messages.format("trip.removeLeg", index + 1));
        remove.setOnAction(e -> viewModel.legs().remove(leg));
        grid.add(withError(city, leg.placeErrorProperty()), 0, row);
        grid.add(withError(country, leg.countryErrorProperty()), 1, row);
        grid.add(withError(from, leg.fromErrorProperty()), 2, row);
        grid.add(withError(to, leg.toErrorProperty()), 3, row);
        grid.add(remove, 4, row);
        GridPane.setValignment(remove, VPos.TOP);
    }

    private static VBox withError(Control field, ObservableStringValue error) {
        field.setMaxWidth(Double.MAX_VALUE);
        Label message = FieldErrors.bind(field, error);
        message.setId(field.getId() + "Error");
        // The message wraps within its column instead of widening it (and squeezing the others).
        message.setPrefWidth(0);
        message.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(2, field, message);
        GridPane.setValignment(box, VPos.TOP);
        return box;
    }
}
