package org.liaisonlog.gui.history;

import java.time.ZoneId;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.history.ChangeEntry;

/**
 * A record's history for any editor's "History" tab: one line a change, when (local time), what
 * kind, and below it each changed field as "Field: before → after", all in the interface language.
 */
public final class HistoryPane extends BorderPane {

    private final ChangeTexts texts;

    public HistoryPane(HistoryViewModel viewModel, Messages messages) {
        this.texts = new ChangeTexts(messages, viewModel.countryName(), ZoneId.systemDefault());
        ListView<ChangeEntry> list = new ListView<>(viewModel.entries());
        list.setId("historyList");
        list.setPlaceholder(new Label(messages.get("changes.empty")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ChangeEntry entry, boolean empty) {
                super.updateItem(entry, empty);
                setText(null);
                setGraphic(empty || entry == null ? null : cell(entry));
            }
        });
        setCenter(list);
        setPadding(new Insets(10));
    }

    private VBox cell(ChangeEntry entry) {
        Label heading = new Label(texts.heading(entry));
        heading.getStyleClass().add("history-heading");
        VBox box = new VBox(2, heading);
        if (!entry.details().isEmpty()) {
            Label details = new Label(entry.details().stream().map(c -> texts.line(entry.type(), c))
                    .collect(Collectors.joining("\n")));
            details.getStyleClass().add("history-details");
            details.setWrapText(true);
            box.getChildren().add(details);
        }
        return box;
    }
}
