package org.liaisonlog.gui.trip;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.history.HistoryPane;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.ReportButton;
import org.liaisonlog.gui.util.Styles;

/** The trip editor window: travellers, purpose, legs, events and report, with Save and Cancel. */
public final class TripEditorView {

    private final TripEditorViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();

    public TripEditorView(TripEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(viewModel.isNew() ? messages.get("trip.newTitle")
                : messages.format("trip.editTitle", viewModel.originalPurpose()));
        BorderPane root = new BorderPane();
        root.setId("tripEditor");
        root.setTop(errorBanner());
        ScrollPane form = new ScrollPane(new TripFormPane(viewModel, messages));
        form.setFitToWidth(true);
        Tab formTab = new Tab(messages.get("trip.tab.trip"), form);
        Tab historyTab = new Tab(messages.get("editor.tab.history"), new HistoryPane(viewModel.history(), messages));
        historyTab.setId("historyTab");
        historyTab.setDisable(viewModel.isNew());
        TabPane tabs = new TabPane(formTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        root.setCenter(tabs);
        root.setBottom(buttons());
        Scene scene = new Scene(root, 920, 720);
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), viewModel::cancel);
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
        Node first = scene.lookup("#travellerField");
        if (first != null) {
            first.requestFocus();
        }
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

    private ButtonBar buttons() {
        Button save = new Button(messages.get("action.save"));
        save.setId("saveButton");
        save.setTooltip(new Tooltip(messages.get("trip.saveTooltip")));
        save.disableProperty().bind(viewModel.validation().validProperty().not().or(viewModel.savingProperty()));
        save.setOnAction(e -> viewModel.save());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip(messages.get("action.cancelTooltip")));
        cancel.setOnAction(e -> viewModel.cancel());
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("deleteButton");
        delete.setVisible(!viewModel.isNew());
        delete.setOnAction(e -> viewModel.delete());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(delete, ButtonBar.ButtonData.LEFT);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(delete, report(), cancel, save);
        bar.setPadding(new Insets(10));
        return bar;
    }

    /** "Report…": the trip's mission report on the reports screen; not for a trip never saved. */
    private Button report() {
        return ReportButton.of(messages, "trip.reportTooltip", viewModel.offersReport(), viewModel.isNew(),
                viewModel.savingProperty(), viewModel.changedProperty(), viewModel.validation().validProperty(),
                viewModel::report);
    }

    public Stage stage() {
        return stage;
    }
}
