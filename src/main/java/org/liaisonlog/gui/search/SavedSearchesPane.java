package org.liaisonlog.gui.search;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.settings.SavedSearch;

/**
 * The saved searches, listed under the screens in the navigation: a click runs one on the search
 * screen; Delete or the context menu removes one (after asking). Hidden while there are none.
 */
public final class SavedSearchesPane extends VBox {

    private final ListView<SavedSearch> list = new ListView<>();

    SavedSearchesPane(SearchViewModel viewModel, Messages messages, Runnable showScreen) {
        setId("savedSearchesPane");
        getStyleClass().add("saved-searches");
        Label title = new Label(messages.get("search.saved"));
        title.getStyleClass().add("saved-searches-title");
        title.setPadding(new Insets(8, 12, 4, 12));
        list.setId("savedSearches");
        list.getStyleClass().add("navigation");
        list.setItems(viewModel.savedSearches());
        list.setPrefHeight(160);
        list.setPrefWidth(180);
        list.setCellFactory(v -> {
            ListCell<SavedSearch> cell = new ListCell<>() {
                @Override
                protected void updateItem(SavedSearch item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.name());
                    setTooltip(empty || item == null || item.query().isBlank() ? null : new Tooltip(item.query()));
                }
            };
            cell.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && !cell.isEmpty()) {
                    showScreen.run();
                    viewModel.run(cell.getItem());
                }
            });
            MenuItem run = new MenuItem(messages.get("search.run"));
            run.setOnAction(e -> {
                showScreen.run();
                viewModel.run(cell.getItem());
            });
            MenuItem remove = new MenuItem(messages.get("search.remove"));
            remove.setOnAction(e -> viewModel.remove(cell.getItem()));
            cell.contextMenuProperty().bind(Bindings.when(cell.emptyProperty())
                    .then((ContextMenu) null).otherwise(new ContextMenu(run, remove)));
            return cell;
        });
        list.setOnKeyPressed(e -> {
            SavedSearch selected = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.DELETE && selected != null) {
                viewModel.remove(selected);
            } else if (e.getCode() == KeyCode.ENTER && selected != null) {
                showScreen.run();
                viewModel.run(selected);
            }
        });
        getChildren().addAll(title, list);
        visibleProperty().bind(Bindings.isNotEmpty(viewModel.savedSearches()));
        managedProperty().bind(visibleProperty());
    }
}
