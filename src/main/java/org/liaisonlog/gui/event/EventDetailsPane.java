package org.liaisonlog.gui.event;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
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
import org.liaisonlog.gui.util.Pickers;
import org.liaisonlog.logic.event.EventField;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;

/** The event's own fields: what, when, where, who organised it, and what came of it. */
final class EventDetailsPane extends VBox {

    private final EventEditorViewModel viewModel;
    private final Messages messages;

    EventDetailsPane(EventEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setPadding(new Insets(12));
        ComboBox<EventKind> kind = Forms.comboBox(List.of(EventKind.values()), messages::of);
        kind.setId("kindBox");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextField title = Fields.text("titleField", viewModel.titleProperty());
        TextField series = Fields.text("seriesField", viewModel.seriesProperty());
        TextField edition = Fields.text("editionField", viewModel.editionProperty());
        edition.setPrefColumnCount(4);
        edition.setMaxWidth(120);
        TextField motto = Fields.text("mottoField", viewModel.mottoProperty());
        TextField city = Fields.text("cityField", viewModel.cityProperty());
        Autocomplete.strings(city, text -> viewModel.choices().suggestCities(text));
        TextField country = Fields.text("countryField", viewModel.countryProperty());
        String language = messages.language();
        Autocomplete.strings(country, text -> viewModel.choices().countries().suggest(text, 12)
                .stream().map(c -> c.name(language)).toList());
        TextField venue = Fields.text("venueField", viewModel.venueProperty());
        DatePicker start = Pickers.datePicker(viewModel.startDateProperty(), viewModel.startUnreadableProperty(), messages);
        start.setId("startDatePicker");
        DatePicker end = Pickers.datePicker(viewModel.endDateProperty(), viewModel.endUnreadableProperty(), messages);
        end.setId("endDatePicker");
        TextArea summary = Fields.area("summaryArea", viewModel.summaryProperty(), 4);
        TextArea outcomes = Fields.area("outcomesArea", viewModel.outcomesProperty(), 4);

        Forms form = new Forms()
                .field(messages.get("editor.kind"), kind)
                .field(messages.get("editor.title"), title, viewModel.validation().error(EventField.TITLE))
                .field(messages.get("editor.series"), series)
                .field(messages.get("editor.edition"), edition, viewModel.validation().error(EventField.EDITION))
                .field(messages.get("editor.motto"), motto)
                .field(messages.get("editor.organisers"), organisers())
                .field(messages.get("editor.start"), withPrecision(start, viewModel.startPrecisionProperty(), "startPrecision"),
                        start, viewModel.validation().error(EventField.START))
                .field(messages.get("editor.end"), withPrecision(end, viewModel.endPrecisionProperty(), "endPrecision"),
                        end, viewModel.validation().error(EventField.END))
                .field(messages.get("editor.city"), city)
                .field(messages.get("editor.country"), country, viewModel.validation().countryErrorProperty())
                .field(messages.get("editor.venue"), venue)
                .field(messages.get("editor.summary"), summary)
                .field(messages.get("editor.outcomes"), outcomes);
        getChildren().add(form.build());
    }

    private VBox organisers() {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId("organiserChips");
        Runnable redraw = () -> chips.getChildren().setAll(viewModel.organisers().stream().map(this::chip).toList());
        viewModel.organisers().addListener((javafx.collections.ListChangeListener<Organisation>) c -> redraw.run());
        redraw.run();
        TextField input = new TextField();
        input.setId("organiserField");
        input.setPromptText(messages.get("editor.organiserPrompt"));
        input.textProperty().bindBidirectional(viewModel.organiserInputProperty());
        var binding = Autocomplete.values(input, text -> viewModel.choices().suggestOrganisations(text),
                organisationConverter());
        binding.setOnAutoCompleted(e -> {
            viewModel.organisers().remove(e.getCompletion());
            viewModel.organisers().add(e.getCompletion());
            javafx.application.Platform.runLater(input::clear);
        });
        input.setOnAction(e -> {
            viewModel.addOrganiser(input.getText());
            input.clear();
        });
        Label error = FieldErrors.bind(input, viewModel.validation().error(EventField.ORGANISERS));
        error.setId("organiserFieldError");
        return new VBox(4, chips, input, error);
    }

    private HBox chip(Organisation organisation) {
        String label = organisation.displayName()
                + (viewModel.choices().isNew(organisation) ? " " + messages.get("editor.newMark") : "");
        Label name = new Label(label);
        Button remove = new Button("×");
        remove.getStyleClass().add("chip-remove");
        remove.setAccessibleText(messages.format("editor.removeOrganiser", organisation.displayName()));
        remove.setOnAction(e -> viewModel.organisers().remove(organisation));
        HBox chip = new HBox(4, name, remove);
        chip.getStyleClass().add("chip");
        return chip;
    }

    private StringConverter<Organisation> organisationConverter() {
        return new StringConverter<>() {
            @Override
            public String toString(Organisation organisation) {
                return organisation == null ? "" : organisation.displayName();
            }

            @Override
            public Organisation fromString(String text) {
                return viewModel.choices().organisationNamed(text);
            }
        };
    }

    private HBox withPrecision(DatePicker picker, javafx.beans.property.ObjectProperty<DatePrecision> precision, String id) {
        ComboBox<DatePrecision> box = Forms.comboBox(List.of(DatePrecision.values()), messages::of);
        box.setId(id);
        box.valueProperty().bindBidirectional(precision);
        return new HBox(8, picker, box);
    }
}
