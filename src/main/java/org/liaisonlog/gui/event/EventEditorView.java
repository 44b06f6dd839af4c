package org.liaisonlog.gui.event;

import javafx.geometry.Insets;
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
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.history.HistoryPane;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.ReportButton;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.event.EventField;

/** The event editor window: details, participants, themes and sources, with Save and Cancel. */
public final class EventEditorView {

    private final EventEditorViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();

    public EventEditorView(EventEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(viewModel.isNew() ? messages.get("editor.newTitle")
                : messages.format("editor.editTitle", viewModel.titleProperty().get()));
        BorderPane root = new BorderPane();
        root.setId("eventEditor");
        root.setTop(errorBanner());
        root.setCenter(tabs());
        root.setBottom(buttons());
        Scene scene = new Scene(root, 900, 680);
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
        javafx.scene.Node title = scene.lookup("#titleField");
        if (title != null) {
            title.requestFocus();
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

    private TabPane tabs() {
        ScrollPane details = new ScrollPane(new EventDetailsPane(viewModel, messages));
        details.setFitToWidth(true);
        Tab detailsTab = new Tab(messages.get("editor.tab.details"), details);
        Tab participantsTab = new Tab(messages.get("editor.tab.participants"), new ParticipantsPane(viewModel, messages));
        participantsTab.setId("participantsTab");
        Tab themesTab = new Tab(messages.get("editor.tab.themes"), new ThemesPane(viewModel, messages));
        themesTab.setId("themesTab");
        Tab sourcesTab = new Tab(messages.get("editor.tab.sources"), new SourcesPane(viewModel, messages));
        sourcesTab.setId("sourcesTab");
        Tab historyTab = new Tab(messages.get("editor.tab.history"), new HistoryPane(viewModel.history(), messages));
        historyTab.setId("historyTab");
        historyTab.setDisable(viewModel.isNew());
        TabPane tabs = new TabPane(detailsTab, participantsTab, themesTab, sourcesTab, historyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        // A problem in the participants shows on their tab's title too.
        participantsTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("editor.tab.participantsCount", viewModel.participants().size())
                        + (viewModel.validation().error(EventField.ATTENDANCE).get() == null ? "" : " ⚠"),
                viewModel.participants(), viewModel.validation().error(EventField.ATTENDANCE)));
        return tabs;
    }

    private ButtonBar buttons() {
        Button save = new Button(messages.get("action.save"));
        save.setId("saveButton");
        save.setDefaultButton(false);
        save.setTooltip(new Tooltip(messages.get("action.saveTooltip")));
        save.disableProperty().bind(viewModel.validation().validProperty().not().or(viewModel.savingProperty()));
        save.setOnAction(e -> viewModel.save());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip(messages.get("action.cancelTooltip")));
        cancel.setOnAction(e -> viewModel.cancel());
        Button logTrip = new Button(messages.get("editor.logTrip"));
        logTrip.setId("logTripButton");
        logTrip.setTooltip(new Tooltip(messages.get("editor.logTripTooltip")));
        logTrip.setVisible(viewModel.canLogTrip());
        logTrip.disableProperty().bind(viewModel.changedProperty());
        logTrip.setOnAction(e -> viewModel.logTrip());
        ButtonBar.setButtonData(logTrip, ButtonBar.ButtonData.LEFT);
        // the bar's uniform width would cut this longer label ("Log a trip to this ev…")
        ButtonBar.setButtonUniformSize(logTrip, false);
        logTrip.setMinWidth(Region.USE_PREF_SIZE);
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("deleteButton");
        delete.setVisible(!viewModel.isNew());
        delete.setOnAction(e -> viewModel.delete());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar.setButtonData(delete, ButtonBar.ButtonData.LEFT);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(delete, logTrip, report(), cancel, save);
        bar.setPadding(new Insets(10));
        return bar;
    }

    /** "Report…": the event's attendance report on the reports screen; not for an event never saved. */
    private Button report() {
        return ReportButton.of(messages, "editor.reportTooltip", viewModel.offersReport(), viewModel.isNew(),
                viewModel.savingProperty(), viewModel.changedProperty(), viewModel.validation().validProperty(),
                viewModel::report);
    }

    public Stage stage() {
        return stage;
    }
}
