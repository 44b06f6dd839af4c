package org.liaisonlog.gui.event;

import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.editor.EditorWindow;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventField;

/** The event editor window: details, participants, themes and sources, with Save and Cancel. */
public final class EventEditorView {

    private final EventEditorViewModel viewModel;
    private final Messages messages;
    private final EditorWindow window;

    public EventEditorView(EventEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = new EditorWindow(viewModel, messages);
    }

    public void show(Window owner) {
        String title = viewModel.isNew() ? messages.get("editor.newTitle")
                : messages.format("editor.editTitle", viewModel.titleProperty().get());
        window.show(owner, title, "eventEditor", tabs(), buttons(), 900, 680, "titleField");
    }

    private TabPane tabs() {
        Tab detailsTab = window.formTab("editor.tab.details", new EventDetailsPane(viewModel, messages));
        Tab participantsTab = new Tab(messages.get("editor.tab.participants"), new ParticipantsPane(viewModel, messages));
        participantsTab.setId("participantsTab");
        Tab themesTab = new Tab(messages.get("editor.tab.themes"), new ThemesPane(viewModel, messages));
        themesTab.setId("themesTab");
        Tab sourcesTab = new Tab(messages.get("editor.tab.sources"), new SourcesPane(viewModel, messages));
        sourcesTab.setId("sourcesTab");
        TabPane tabs = EditorWindow.tabs(detailsTab, participantsTab, themesTab, sourcesTab,
                window.changesTab("editor.tab.history", "historyTab", viewModel.history()));
        // A problem in the participants shows on their tab's title too.
        participantsTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.format("editor.tab.participantsCount", viewModel.participants().size())
                        + (viewModel.validation().error(EventField.ATTENDANCE).get() == null ? "" : " ⚠"),
                viewModel.participants(), viewModel.validation().error(EventField.ATTENDANCE)));
        // So does a source's date that is not one.
        sourcesTab.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> messages.get("editor.tab.sources")
                        + (viewModel.validation().error(EventField.SOURCES).get() == null ? "" : " ⚠"),
                viewModel.validation().error(EventField.SOURCES)));
        return tabs;
    }

    private ButtonBar buttons() {
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
        return EditorWindow.buttonBar(window.deleteButton(viewModel::delete), logTrip,
                window.reportButton("editor.reportTooltip"), window.cancelButton(), window.saveButton("action.saveTooltip"));
    }

    public Stage stage() {
        return window.stage();
    }
}
