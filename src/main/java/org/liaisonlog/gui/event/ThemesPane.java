package org.liaisonlog.gui.event;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.controlsfx.control.CheckTreeView;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.theme.Theme;

/**
 * The theme tree with a check box for each theme (Space checks the one with the focus); checking
 * one tags the event with it.
 */
final class ThemesPane extends BorderPane {

    ThemesPane(EventEditorViewModel viewModel, Messages messages) {
        setPadding(new Insets(8));
        String language = messages.language();
        CheckBoxTreeItem<ThemeItem> root = new CheckBoxTreeItem<>(new ThemeItem(null, ""));
        Map<UUID, CheckBoxTreeItem<ThemeItem>> items = new HashMap<>();
        for (Theme theme : viewModel.choices().data().themes()) {
            CheckBoxTreeItem<ThemeItem> item = new CheckBoxTreeItem<>(new ThemeItem(theme.id(), theme.name(language)));
            item.setIndependent(true);
            item.setSelected(viewModel.themeIds().contains(theme.id()));
            item.selectedProperty().addListener((obs, was, selected) -> {
                if (selected) {
                    viewModel.themeIds().add(theme.id());
                } else {
                    viewModel.themeIds().remove(theme.id());
                }
            });
            items.put(theme.id(), item);
            CheckBoxTreeItem<ThemeItem> parent = theme.parentId() == null ? root : items.getOrDefault(theme.parentId(), root);
            parent.getChildren().add(item);
            if (item.isSelected()) {
                for (TreeItem<ThemeItem> p = parent; p != null; p = p.getParent()) {
                    p.setExpanded(true);
                }
            }
        }
        root.setExpanded(true);
        CheckTreeView<ThemeItem> tree = new CheckTreeView<>(root);
        tree.setId("themeTree");
        tree.setShowRoot(false);
        // Space checks or unchecks the theme with the focus, so that themes are tagged from the keyboard too.
        tree.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()
                    && tree.getFocusModel().getFocusedItem() instanceof CheckBoxTreeItem<ThemeItem> focused) {
                focused.setSelected(!focused.isSelected());
                e.consume();
            }
        });
        Label chosen = new Label();
        chosen.setId("themeCount");
        chosen.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("themes.chosen", viewModel.themeIds().size()), viewModel.themeIds()));
        chosen.setPadding(new Insets(0, 0, 6, 0));
        setTop(chosen);
        setCenter(tree);
    }

    /** A theme in the tree, shown by its name in the interface language. */
    record ThemeItem(UUID id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
