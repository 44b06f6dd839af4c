package org.liaisonlog.gui.trip;

import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.editor.EditorWindow;
import org.liaisonlog.gui.util.Messages;

/** The trip editor window: travellers, purpose, legs, events and report, with Save and Cancel. */
public final class TripEditorView {

    private final TripEditorViewModel viewModel;
    private final Messages messages;
    private final EditorWindow window;

    public TripEditorView(TripEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = new EditorWindow(viewModel, messages);
    }

    public void show(Window owner) {
        String title = viewModel.isNew() ? messages.get("trip.newTitle")
                : messages.format("trip.editTitle", viewModel.originalPurpose());
        Tab formTab = window.formTab("trip.tab.trip", new TripFormPane(viewModel, messages));
        Tab historyTab = window.changesTab("editor.tab.history", "historyTab", viewModel.history());
        window.show(owner, title, "tripEditor", EditorWindow.tabs(formTab, historyTab),
                EditorWindow.buttonBar(window.deleteButton(viewModel::delete), window.reportButton("trip.reportTooltip"),
                        window.cancelButton(), window.saveButton("trip.saveTooltip")),
                920, 720, "travellerField");
    }

    public Stage stage() {
        return window.stage();
    }
}
