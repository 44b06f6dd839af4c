package org.liaisonlog.gui.event;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Pickers;

/** Where the record came from: a list of sources and the details of the one selected. */
final class SourcesPane extends BorderPane {

    private final ListView<SourceRowViewModel> list = new ListView<>();
    private final TextField url = new TextField();
    private final TextField publisher = new TextField();
    private final DatePicker published = new DatePicker();
    private final TextArea text = new TextArea();
    private SourceRowViewModel shown;

    SourcesPane(EventEditorViewModel viewModel, Messages messages) {
        setPadding(new Insets(8));
        list.setId("sourcesList");
        list.setItems(viewModel.sources());
        list.setPrefHeight(110);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SourceRowViewModel item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                            () -> label(item, messages), item.urlProperty(), item.publisherProperty()));
                }
            }
        });
        list.setPlaceholder(new Label(messages.get("sources.empty")));
        Button add = new Button(messages.get("sources.add"));
        add.setId("addSourceButton");
        add.setOnAction(e -> {
            SourceRowViewModel row = new SourceRowViewModel(null);
            viewModel.sources().add(row);
            list.getSelectionModel().select(row);
            url.requestFocus();
        });
        Button remove = new Button(messages.get("sources.remove"));
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> viewModel.sources().remove(list.getSelectionModel().getSelectedItem()));
        url.setId("sourceUrl");
        publisher.setId("sourcePublisher");
        Pickers.configure(published, messages);
        text.setId("sourceText");
        text.setWrapText(true);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox details = new VBox(new Forms()
                .field(messages.get("sources.url"), url)
                .field(messages.get("sources.publisher"), publisher)
                .field(messages.get("sources.publishedOn"), published)
                .field(messages.get("sources.text"), text).build());
        details.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> show(now));
        setTop(new VBox(6, list, new HBox(8, add, remove)));
        setCenter(details);
        BorderPane.setMargin(details, new Insets(8, 0, 0, 0));
        if (!viewModel.sources().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private static String label(SourceRowViewModel row, Messages messages) {
        String urlText = row.urlProperty().get();
        String publisherText = row.publisherProperty().get();
        if (urlText.isBlank() && publisherText.isBlank()) {
            return messages.get("sources.untitled");
        }
        return publisherText.isBlank() ? urlText : urlText.isBlank() ? publisherText : publisherText + " — " + urlText;
    }

    private void show(SourceRowViewModel row) {
        if (shown != null) {
            url.textProperty().unbindBidirectional(shown.urlProperty());
            publisher.textProperty().unbindBidirectional(shown.publisherProperty());
            published.valueProperty().unbindBidirectional(shown.publishedOnProperty());
            text.textProperty().unbindBidirectional(shown.textProperty());
        }
        shown = row;
        if (row == null) {
            url.clear();
            publisher.clear();
            published.setValue(null);
            text.clear();
            return;
        }
        url.textProperty().bindBidirectional(row.urlProperty());
        publisher.textProperty().bindBidirectional(row.publisherProperty());
        published.valueProperty().bindBidirectional(row.publishedOnProperty());
        text.textProperty().bindBidirectional(row.textProperty());
    }
}
