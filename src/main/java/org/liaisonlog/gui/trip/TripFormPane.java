package org.liaisonlog.gui.trip;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.gui.util.Fields;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.TripStatus;

/** The trip's fields in one form: travellers, purpose, status, legs, events, report, follow-up. */
final class TripFormPane extends VBox {

    private final TripEditorViewModel viewModel;
    private final Messages messages;

    TripFormPane(TripEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setPadding(new Insets(12));
        TextField purpose = new TextField();
        purpose.setId("purposeField");
        purpose.textProperty().bindBidirectional(viewModel.purposeProperty());
        ComboBox<TripStatus> status = Forms.comboBox(List.of(TripStatus.values()), messages::of);
        status.setId("statusBox");
        status.valueProperty().bindBidirectional(viewModel.statusProperty());
        Forms form = new Forms()
                .field(messages.get("trip.travellers"), travellers())
                .field(messages.get("trip.purpose"), purpose, viewModel.validation().purposeErrorProperty())
                .field(messages.get("trip.status"), status)
                .field(messages.get("trip.legs"), new TripLegsPane(viewModel, messages))
                .field(messages.get("trip.events"), new TripEventsPane(viewModel, messages))
                .field(messages.get("trip.report"), Fields.area("reportArea", viewModel.reportProperty(), 4))
                .field(messages.get("trip.followUp"), Fields.area("followUpArea", viewModel.followUpProperty(), 4));
        getChildren().add(form.build());
    }

    private VBox travellers() {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("travellerChips");
        Runnable redraw = () -> chips.getChildren().setAll(viewModel.travellers().stream().map(this::chip).toList());
        viewModel.travellers().addListener((ListChangeListener<Person>) c -> redraw.run());
        redraw.run();
        TextField input = new TextField();
        input.setId("travellerField");
        input.setPromptText(messages.get("trip.travellerPrompt"));
        input.textProperty().bindBidirectional(viewModel.travellerInputProperty());
        var binding = Autocomplete.values(input, text -> viewModel.choices().suggestPeople(text), personConverter());
        binding.setOnAutoCompleted(e -> {
            viewModel.addTraveller(e.getCompletion());
            Platform.runLater(input::clear);
        });
        input.setOnAction(e -> {
            if (viewModel.addTraveller(input.getText())) {
                input.clear();
            }
        });
        Label error = FieldErrors.bind(input, viewModel.validation().travellersErrorProperty());
        error.setId("travellerFieldError");
        return new VBox(4, chips, input, error);
    }

    private HBox chip(Person person) {
        String label = person.name() + (viewModel.choices().isNew(person) ? " " + messages.get("trip.newMark") : "");
        Label name = new Label(label);
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText(messages.format("trip.removeTraveller", person.name()));
        remove.setOnAction(e -> viewModel.travellers().remove(person));
        HBox chip = new HBox(4, name, remove);
        chip.getStyleClass().add("chip");
        return chip;
    }

    private StringConverter<Person> personConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Person person) {
                return person == null ? "" : person.name();
            }

            @Override
            public Person fromString(String text) {
                return viewModel.choices().personNamed(text);
            }
        };
    }
}
