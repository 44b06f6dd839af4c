package org.liaisonlog.gui.editor;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.history.HistoryPane;
import org.liaisonlog.gui.history.HistoryViewModel;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.ReportButton;
import org.liaisonlog.gui.util.Styles;

/**
 * The window of a record editor, the same for every record: the save error above the tabs,
 * the buttons below, Ctrl+S to save, Esc (from any field, list or tree) and the window's close box
 * to cancel (asking first when something typed would be lost), Ctrl+R for the report where the
 * editor offers one. The editor's view makes the tabs and picks the buttons.
 */
public final class EditorWindow {

    private final RecordEditorViewModel<?> viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();

    public EditorWindow(RecordEditorViewModel<?> viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    /**
     * Opens the window, modal to {@code owner} when there is one, with {@code content} in the
     * middle and {@code buttons} below, and puts the focus in the field {@code focusId}.
     */
    public void show(Window owner, String title, String rootId, Node content, ButtonBar buttons,
                     double width, double height, String focusId) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(title);
        BorderPane root = new BorderPane();
        root.setId(rootId);
        root.setTop(errorBanner());
        root.setCenter(content);
        root.setBottom(buttons);
        Scene scene = new Scene(root, width, height);
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), viewModel::cancel);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && takesEscape(scene.getFocusOwner())) {
                e.consume();
                viewModel.cancel();
            }
        });
        if (viewModel.offersReport()) {
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                    viewModel::report);
        }
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            viewModel.cancel();
        });
        viewModel.setCloser(stage::close);
        stage.show();
        Node first = scene.lookup("#" + focusId);
        if (first != null) {
            first.requestFocus();
        }
    }

    /**
     * True for a list or tree not being edited: those take Esc for themselves (to stop editing a
     * line) even when nothing is edited, so the Esc accelerator would never hear it from them.
     */
    private static boolean takesEscape(Node focused) {
        return focused instanceof ListView<?> list && list.getEditingIndex() < 0
                || focused instanceof TreeView<?> tree && tree.getEditingItem() == null;
    }

    private Label errorBanner() {
        Label banner = new Label();
        banner.setId("saveError");
        banner.getStyleClass().add("error-banner");
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.textProperty().bind(viewModel.saveErrorProperty());
        banner.visibleProperty().bind(viewModel.saveErrorProperty().isNotEmpty());
        banner.managedProperty().bind(banner.visibleProperty());
        return banner;
    }

    /** A tab whose content scrolls up and down and fits the window's width. */
    public Tab formTab(String textKey, Node form) {
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        return new Tab(messages.get(textKey), scroll);
    }

    /** The tab of the record's changes; disabled for a record never saved. */
    public Tab changesTab(String textKey, String id, HistoryViewModel changes) {
        return recordTab(textKey, id, new HistoryPane(changes, messages));
    }

    /** A tab about the stored record (its history); disabled for a record never saved. */
    public Tab recordTab(String textKey, String id, Node content) {
        Tab tab = new Tab(messages.get(textKey), content);
        tab.setId(id);
        tab.setDisable(viewModel.isNew());
        return tab;
    }

    /** Tabs that cannot be closed. */
    public static TabPane tabs(Tab... tabs) {
        TabPane pane = new TabPane(tabs);
        pane.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return pane;
    }

    /** Save: disabled while the form has problems or is being saved. */
    public Button saveButton(String tooltipKey) {
        Button save = new Button(messages.get("action.save"));
        save.setId("saveButton");
        save.setTooltip(new Tooltip(messages.get(tooltipKey)));
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        save.setOnAction(e -> viewModel.save());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        return save;
    }

    public Button cancelButton() {
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip(messages.get("action.cancelTooltip")));
        cancel.setOnAction(e -> viewModel.cancel());
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        return cancel;
    }

    /** Delete, at the left; hidden for a record never saved. */
    public Button deleteButton(Runnable delete) {
        Button button = new Button(messages.get("action.delete"));
        button.setId("deleteButton");
        button.setVisible(!viewModel.isNew());
        button.setOnAction(e -> delete.run());
        ButtonBar.setButtonData(button, ButtonBar.ButtonData.LEFT);
        return button;
    }

    /** "Report…": the record's report on the reports screen; not for a record never saved. */
    public Button reportButton(String tooltipKey) {
        return ReportButton.of(messages, tooltipKey, viewModel.offersReport(), viewModel.isNew(),
                viewModel.savingProperty(), viewModel.changedProperty(), viewModel.validProperty(),
                viewModel::report);
    }

    /** The buttons in a bar, in the order given (the bar places them by their button data). */
    public static ButtonBar buttonBar(Button... buttons) {
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(buttons);
        bar.setPadding(new Insets(10));
        return bar;
    }

    public Stage stage() {
        return stage;
    }
}
