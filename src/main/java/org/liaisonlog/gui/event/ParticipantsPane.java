package org.liaisonlog.gui.event;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.liaisonlog.gui.util.FieldErrors;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventField;

/** The event's participants: a table with add, edit and remove. */
final class ParticipantsPane extends BorderPane {

    private final EventEditorViewModel viewModel;
    private final Messages messages;
    private final TableView<ParticipantRowViewModel> table = new TableView<>();

    ParticipantsPane(EventEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        setPadding(new Insets(8));
        table.setId("participantsTable");
        table.setItems(viewModel.participants());
        table.getColumns().setAll(java.util.List.of(
                column("participants.column.participant", 330, c -> c.getValue().participantProperty()),
                column("participants.column.capacity", 160, c -> c.getValue().capacityProperty()),
                column("participants.column.country", 120, c -> c.getValue().countryProperty()),
                column("participants.column.role", 120, c -> c.getValue().roleProperty()),
                column("participants.column.title", 120, c -> c.getValue().titleProperty()),
                column("participants.column.status", 90, c -> c.getValue().statusProperty())));
        table.setPlaceholder(new Label(messages.get("participants.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<ParticipantRowViewModel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            // Enter opens the line selected; with none it does nothing (edit(null) is the Add form).
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                edit(table.getSelectionModel().getSelectedItem());
            } else if (e.getCode() == KeyCode.DELETE) {
                remove();
            }
        });
        setCenter(table);
        setTop(FieldErrors.bind(table, viewModel.validation().error(EventField.ATTENDANCE)));
        setBottom(buttons());
    }

    private TableColumn<ParticipantRowViewModel, String> column(String key, double width,
            javafx.util.Callback<TableColumn.CellDataFeatures<ParticipantRowViewModel, String>,
                    javafx.beans.value.ObservableValue<String>> value) {
        TableColumn<ParticipantRowViewModel, String> column = new TableColumn<>(messages.get(key));
        column.setCellValueFactory(value);
        column.setPrefWidth(width);
        return column;
    }

    private HBox buttons() {
        Button add = new Button(messages.get("participants.add"));
        add.setId("addParticipantButton");
        add.setOnAction(e -> edit(null));
        Button edit = new Button(messages.get("participants.edit"));
        edit.setId("editParticipantButton");
        edit.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        edit.setOnAction(e -> edit(table.getSelectionModel().getSelectedItem()));
        Button remove = new Button(messages.get("participants.remove"));
        remove.setId("removeParticipantButton");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> remove());
        HBox bar = new HBox(8, add, edit, remove);
        bar.setPadding(new Insets(8, 0, 0, 0));
        return bar;
    }

    private void edit(ParticipantRowViewModel row) {
        ParticipantEditorViewModel editor = viewModel.participantEditor(row);
        new ParticipantDialog(editor, messages, getScene().getWindow()).showAndWait()
                .ifPresent(ok -> {
                    viewModel.applyParticipant(row, editor);
                    if (row == null) {
                        // The line added is at the end, perhaps below the visible lines: show and select it.
                        table.getSelectionModel().selectLast();
                        table.scrollTo(table.getItems().size() - 1);
                    }
                });
        table.requestFocus();
    }

    private void remove() {
        ParticipantRowViewModel row = table.getSelectionModel().getSelectedItem();
        if (row != null) {
            viewModel.participants().remove(row);
        }
    }
}
