package org.liaisonlog.gui.person;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.Callback;
import org.liaisonlog.gui.util.Messages;

/**
 * An attendance history as a table, newest first as given; double-click or Enter on a line opens
 * its event.
 */
public final class HistoryTable extends TableView<HistoryRowViewModel> {

    /** @param organisationHeader the key of the organisation column's header */
    public HistoryTable(ObservableList<HistoryRowViewModel> rows, Messages messages, String organisationHeader,
                        Consumer<HistoryRowViewModel> opener) {
        setId("historyTable");
        TableColumn<HistoryRowViewModel, String> date = column(messages.get("history.column.date"), 95,
                c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().dateText()));
        date.setMinWidth(95);
        getColumns().setAll(List.of(date,
                column(messages.get("history.column.event"), 320, c -> c.getValue().eventProperty()),
                column(messages.get("history.column.place"), 140, c -> c.getValue().placeProperty()),
                column(messages.get("history.column.capacity"), 140, c -> c.getValue().capacityProperty()),
                column(messages.get("history.column.role"), 120, c -> c.getValue().roleProperty()),
                column(messages.get("history.column.title"), 160, c -> c.getValue().titleProperty()),
                column(messages.get(organisationHeader), 160, c -> c.getValue().organisationProperty()),
                column(messages.get("history.column.status"), 90, c -> c.getValue().statusProperty())));
        // The order is the history's own, newest first; sorting would hide that.
        getColumns().forEach(c -> c.setSortable(false));
        setItems(rows);
        setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(messages.get("history.empty"));
        empty.setWrapText(true);
        setPlaceholder(empty);
        setRowFactory(t -> {
            TableRow<HistoryRowViewModel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    opener.accept(row.getItem());
                }
            });
            return row;
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && getSelectionModel().getSelectedItem() != null) {
                opener.accept(getSelectionModel().getSelectedItem());
            }
        });
    }

    private static TableColumn<HistoryRowViewModel, String> column(String header, double width,
            Callback<TableColumn.CellDataFeatures<HistoryRowViewModel, String>, ObservableValue<String>> value) {
        TableColumn<HistoryRowViewModel, String> column = new TableColumn<>(header);
        column.setCellValueFactory(value);
        column.setPrefWidth(width);
        return column;
    }
}
