package org.liaisonlog.gui.merge;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;

/**
 * Picks the record to merge a duplicate into: a field to type in, and the candidates it
 * narrows as typed, with close spellings of the duplicate's name first and marked.
 */
public final class MergeIntoDialog {

    private MergeIntoDialog() {
    }

    public static Optional<MergeTarget> choose(Window owner, Messages messages, String fromName,
                                               List<MergeTarget> candidates) {
        Dialog<MergeTarget> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.format("merge.title", fromName));
        ButtonType choose = new ButtonType(messages.get("merge.choose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(choose, cancel);
        Styles.apply(dialog.getDialogPane());

        FilteredList<MergeTarget> shown = new FilteredList<>(FXCollections.observableArrayList(candidates));
        TextField filter = new TextField();
        filter.setId("mergeIntoFilter");
        filter.setPromptText(messages.get("merge.filterPrompt"));
        ListView<MergeTarget> list = new ListView<>(shown);
        list.setId("mergeIntoList");
        list.setPrefSize(480, 360);
        String closeMark = messages.get("merge.closeSpelling");
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MergeTarget item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.close() ? item.name() + "  — " + closeMark : item.name());
                setTooltip(empty || item == null || item.otherNames().isEmpty() ? null
                        : new Tooltip(String.join("\n", item.otherNames())));
            }
        });
        filter.textProperty().addListener((obs, old, text) -> {
            shown.setPredicate(text == null || text.isBlank() ? null : t -> t.matches(text));
            list.getSelectionModel().selectFirst();
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        Button chooseButton = (Button) dialog.getDialogPane().lookupButton(choose);
        chooseButton.setId("mergeIntoChoose");
        chooseButton.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        Label hint = new Label(messages.get("merge.hint"));
        hint.setWrapText(true);
        dialog.getDialogPane().setContent(new VBox(8, hint, new HBox(filter), list));
        filter.setPrefColumnCount(36);
        dialog.setResultConverter(b -> b == choose ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> filter.requestFocus());
        return dialog.showAndWait();
    }
}
