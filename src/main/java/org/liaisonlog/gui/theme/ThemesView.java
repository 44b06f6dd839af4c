package org.liaisonlog.gui.theme;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.liaisonlog.gui.ScreenToolbar;
import org.liaisonlog.gui.ScreenView;
import org.liaisonlog.gui.util.Messages;

/** The themes screen: the theme tree with event counts on the left, the selected theme's form on the right. */
public final class ThemesView extends BorderPane implements ScreenView {

    private final ThemesViewModel viewModel;
    private final Messages messages;
    private final TreeView<ThemeNodeViewModel> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private boolean rebuilding;

    public ThemesView(ThemesViewModel viewModel, Messages messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("screen");
        setTop(toolbar());
        SplitPane split = new SplitPane(tree(), new ThemeFormPane(viewModel, messages));
        split.setDividerPositions(0.45);
        setCenter(split);
        setBottom(statusLine());
        viewModel.setMergeTargetChooser(candidates -> MergeTargetDialog.choose(owner.get(), messages,
                viewModel.selectedProperty().get() == null ? "" : viewModel.selectedProperty().get().name(),
                candidates));
    }

    private HBox toolbar() {
        Button add = new Button(messages.get("themes.new"));
        add.setId("newThemeButton");
        add.setTooltip(new Tooltip(messages.get("themes.newTooltip")));
        add.setOnAction(e -> viewModel.newTheme());
        ScreenToolbar.setUpFilter(filter, "themeFilter", messages, "themes", viewModel.filterProperty(), () -> {
            tree.requestFocus();
            tree.getSelectionModel().selectFirst();
        });
        return ScreenToolbar.of(List.of(add), filter);
    }

    private TreeView<ThemeNodeViewModel> tree() {
        tree.setId("themesTree");
        tree.setShowRoot(false);
        tree.setCellFactory(t -> new TreeCell<>() {
            @Override
            protected void updateItem(ThemeNodeViewModel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.label());
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, item) -> {
            if (!rebuilding && item != null) {
                viewModel.select(item.getValue());
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                viewModel.delete();
            }
        });
        viewModel.visibleNodes().addListener((ListChangeListener<ThemeNodeViewModel>) c -> rebuild());
        viewModel.selectedProperty().addListener((obs, old, node) -> showSelected(node));
        rebuild();
        return tree;
    }

    /** Builds the tree items from the visible themes (parents come before their children). */
    private void rebuild() {
        rebuilding = true;
        try {
            TreeItem<ThemeNodeViewModel> root = new TreeItem<>();
            Map<UUID, TreeItem<ThemeNodeViewModel>> items = new HashMap<>();
            boolean expand = viewModel.filtering();
            for (ThemeNodeViewModel node : viewModel.visibleNodes()) {
                TreeItem<ThemeNodeViewModel> item = new TreeItem<>(node);
                item.setExpanded(expand);
                items.put(node.id(), item);
                TreeItem<ThemeNodeViewModel> parent = node.parentId() == null ? root
                        : items.getOrDefault(node.parentId(), root);
                parent.getChildren().add(item);
            }
            root.setExpanded(true);
            tree.setRoot(root);
            showSelected(viewModel.selectedProperty().get());
        } finally {
            rebuilding = false;
        }
    }

    /** Selects the item of the view model's selected theme, opening the branches above it. */
    private void showSelected(ThemeNodeViewModel node) {
        TreeItem<ThemeNodeViewModel> item = node == null ? null : find(tree.getRoot(), node.id());
        TreeItem<ThemeNodeViewModel> current = tree.getSelectionModel().getSelectedItem();
        if (item == null) {
            if (node == null && current != null) {
                boolean was = rebuilding;
                rebuilding = true;
                tree.getSelectionModel().clearSelection();
                rebuilding = was;
            }
            return;
        }
        if (current == item) {
            return;
        }
        for (TreeItem<ThemeNodeViewModel> up = item.getParent(); up != null; up = up.getParent()) {
            up.setExpanded(true);
        }
        boolean was = rebuilding;
        rebuilding = true;
        tree.getSelectionModel().select(item);
        rebuilding = was;
        int row = tree.getRow(item);
        if (row >= 0) {
            tree.scrollTo(Math.max(0, row - 3));
        }
    }

    private static TreeItem<ThemeNodeViewModel> find(TreeItem<ThemeNodeViewModel> from, UUID id) {
        if (from == null) {
            return null;
        }
        if (from.getValue() != null && from.getValue().id().equals(id)) {
            return from;
        }
        for (TreeItem<ThemeNodeViewModel> child : from.getChildren()) {
            TreeItem<ThemeNodeViewModel> found = find(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private HBox statusLine() {
        Label count = new Label();
        count.setId("themeCountStatus");
        count.textProperty().bind(viewModel.statusProperty());
        HBox line = new HBox(count);
        line.setPadding(new Insets(4, 8, 4, 8));
        return line;
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void load() {
        viewModel.load();
    }

    @Override
    public void newRecord() {
        viewModel.newTheme();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TreeView<ThemeNodeViewModel> treeView() {
        return tree;
    }
}
