package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.Objects;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
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
    /** The message at the published date: the shown source's date as typed is not a date. */
    private final StringProperty publishedError = new SimpleStringProperty();
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
                            () -> label(item, messages), item.urlProperty(), item.publisherProperty(),
                            item.publishedUnreadableProperty()));
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
        published.setId("sourcePublished");
        Pickers.configure(published, messages);
        Pickers.keepUnreadableText(published);
        published.getEditor().textProperty().addListener((obs, old, typed) -> takeTyped(typed, messages));
        text.setId("sourceText");
        text.setWrapText(true);
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox details = new VBox(new Forms()
                .field(messages.get("sources.url"), url)
                .field(messages.get("sources.publisher"), publisher)
                .field(messages.get("sources.publishedOn"), published, publishedError)
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
        String mark = row.publishedUnreadableProperty().get() == null ? "" : " ⚠";
        if (urlText.isBlank() && publisherText.isBlank()) {
            return messages.get("sources.untitled") + mark;
        }
        return (publisherText.isBlank() ? urlText : urlText.isBlank() ? publisherText : publisherText + " — " + urlText)
                + mark;
    }

    /**
     * What is typed in the published date, for the source shown: a date is taken as soon as it is
     * typed; text that is not one is kept with the source and said at the field (and blocks saving)
     * instead of being dropped.
     */
    private void takeTyped(String typed, Messages messages) {
        if (shown == null) {
            return;
        }
        boolean unreadable = Pickers.unreadable(published, typed);
        LocalDate date = typed.isBlank() || unreadable ? null : published.getConverter().fromString(typed);
        if (!unreadable && !Objects.equals(date, shown.publishedOnProperty().get())) {
            shown.publishedOnProperty().set(date);
        }
        shown.publishedUnreadableProperty().set(unreadable ? typed : null);
        publishedError.set(unreadable ? messages.get("validation.dateUnreadable") : null);
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
            published.getEditor().clear();
            publishedError.set(null);
            text.clear();
            return;
        }
        url.textProperty().bindBidirectional(row.urlProperty());
        publisher.textProperty().bindBidirectional(row.publisherProperty());
        String typed = row.publishedUnreadableProperty().get();
        published.valueProperty().bindBidirectional(row.publishedOnProperty());
        // The picker leaves its text alone when the new source's date equals the last one's.
        published.getEditor().setText(typed != null ? typed : published.getConverter().toString(row.publishedOnProperty().get()));
        text.textProperty().bindBidirectional(row.textProperty());
    }
}
