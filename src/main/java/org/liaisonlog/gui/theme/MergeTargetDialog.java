package org.liaisonlog.gui.theme;

import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Names;

/** Chooses the theme to merge into: a list of the candidates with a filter above it. */
final class MergeTargetDialog {

    private MergeTargetDialog() {
    }

    static Optional<ThemeNodeViewModel> choose(Window owner, Messages messages, String fromName,
                                               List<ThemeNodeViewModel> candidates) {
        Dialog<ThemeNodeViewModel> dialog = new Dialog<>();
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(messages.get("app.title"));
        dialog.setHeaderText(messages.format("theme.mergeTitle", fromName));
        ButtonType choose = new ButtonType(messages.get("theme.mergeChoose"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(choose, cancel);
        Styles.apply(dialog.getDialogPane());

        FilteredList<ThemeNodeViewModel> shown = new FilteredList<>(FXCollections.observableArrayList(candidates));
        TextField filter = new TextField();
        filter.setId("mergeTargetFilter");
        filter.setPromptText(messages.get("theme.mergeFilterPrompt"));
        ListView<ThemeNodeViewModel> list = new ListView<>(shown);
        list.setId("mergeTargetList");
        list.setPrefSize(460, 360);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ThemeNodeViewModel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
                setPadding(new javafx.geometry.Insets(2, 4, 2, 4 + (empty || item == null ? 0 : 16 * item.depth())));
            }
        });
        filter.textProperty().addListener((obs, old, text) -> {
            String[] words = Names.key(text).split(" ");
            shown.setPredicate(words.length == 1 && words[0].isEmpty() ? null : n -> n.matches(words));
            list.getSelectionModel().selectFirst();
        });
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN) {
                list.requestFocus();
            }
        });
        dialog.getDialogPane().lookupButton(choose).disableProperty()
                .bind(list.getSelectionModel().selectedItemProperty().isNull());
        dialog.getDialogPane().setContent(new VBox(8, filter, list));
        dialog.setResultConverter(b -> b == choose ? list.getSelectionModel().getSelectedItem() : null);
        dialog.setOnShown(e -> filter.requestFocus());
        return dialog.showAndWait();
    }
}
