package org.liaisonlog.gui.trip;

import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.event.EventSummary;

/** The events attended on the trip: picked from the catalogue by title, listed with their dates. */
final class TripEventsPane extends VBox {

    private final ReadOnlyStringWrapper notFound = new ReadOnlyStringWrapper();
    /** Held here: a binding only the error label listens to would be collected and fall silent. */
    private final StringBinding shownError;

    TripEventsPane(TripEditorViewModel viewModel, Messages messages) {
        super(4);
        ListView<EventSummary> list = new ListView<>(viewModel.events());
        list.setId("tripEventsList");
        list.setPrefHeight(110);
        list.setPlaceholder(new Label(messages.get("trip.noEvents")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(EventSummary item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : label(item, messages.locale()));
            }
        });
        TextField input = new TextField();
        input.setId("tripEventField");
        input.setPromptText(messages.get("trip.eventPrompt"));
        input.textProperty().bindBidirectional(viewModel.eventInputProperty());
        HBox.setHgrow(input, Priority.ALWAYS);
        var binding = Autocomplete.values(input, text -> viewModel.choices().suggestEvents(text), converter(viewModel, messages.locale()));
        binding.setOnAutoCompleted(e -> {
            viewModel.addEvent(e.getCompletion());
            notFound.set(null);
            Platform.runLater(input::clear);
        });
        input.setOnAction(e -> {
            if (input.getText().isBlank() || viewModel.addEvent(input.getText())) {
                notFound.set(null);
                input.clear();
            } else {
                notFound.set(messages.get("trip.eventNotFound"));
            }
        });
        input.textProperty().addListener((obs, old, text) -> notFound.set(null));
        // "No such event" once Enter was pressed on the text, else "not added yet" while there is text.
        shownError = Bindings.when(notFound.isNotNull()).then(notFound)
                .otherwise(viewModel.validation().eventsErrorProperty());
        Label error = FieldErrors.bind(input, shownError);
        error.setId("tripEventFieldError");
        Button remove = new Button(messages.get("trip.removeEvent"));
        remove.setId("removeTripEventButton");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.events().remove(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && list.getSelectionModel().getSelectedItem() != null) {
                viewModel.events().remove(list.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.ENTER) {
                viewModel.openEvent(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                viewModel.openEvent(list.getSelectionModel().getSelectedItem());
            }
        });
        list.setTooltip(new javafx.scene.control.Tooltip(messages.get("trip.eventsTooltip")));
        getChildren().addAll(list, new HBox(8, input, remove), error);
    }

    /** "31 Oct – 1 Nov 2018  Title (Tashkent)", the dates in the interface language. */
    static String label(EventSummary event, Locale locale) {
        String dates = DateTexts.range(event.start(), event.end(), locale);
        String city = event.city() == null || event.city().isBlank() ? "" : " (" + event.city() + ")";
        return (dates.isEmpty() ? "" : dates + "  ") + event.title() + city;
    }

    private static StringConverter<EventSummary> converter(TripEditorViewModel viewModel, Locale locale) {
        return new StringConverter<>() {
            @Override
            public String toString(EventSummary event) {
                return event == null ? "" : label(event, locale);
            }

            @Override
            public EventSummary fromString(String text) {
                return viewModel.choices().eventTitled(text).orElse(null);
            }
        };
    }
}
