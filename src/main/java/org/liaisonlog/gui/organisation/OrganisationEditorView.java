package org.liaisonlog.gui.organisation;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.editor.EditorWindow;
import org.liaisonlog.gui.person.HistoryTable;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.Fields;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.organisation.OrganisationKind;

/** The organisation editor window: details and attendance history, with Save and Cancel. */
public final class OrganisationEditorView {

    private final OrganisationEditorViewModel viewModel;
    private final Messages messages;
    private final EditorWindow window;

    public OrganisationEditorView(OrganisationEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = new EditorWindow(viewModel, messages);
    }

    public void show(Window owner) {
        String title = viewModel.isNew() ? messages.get("organisation.newTitle")
                : messages.format("organisation.editTitle", viewModel.nameProperty().get());
        window.show(owner, title, "organisationEditor", tabs(), EditorWindow.buttonBar(window.cancelButton(),
                window.saveButton("organisation.saveTooltip")), 900, 640, "organisationNameField");
    }

    private TabPane tabs() {
        Tab detailsTab = window.formTab("organisation.tab.details", form());
        detailsTab.setId("organisationDetailsTab");
        CheckBox subOrganisations = new CheckBox(messages.get("history.includeSubOrganisations"));
        subOrganisations.setId("includeSubOrganisations");
        subOrganisations.selectedProperty().bindBidirectional(viewModel.includeSubOrganisationsProperty());
        HistoryTable table = new HistoryTable(viewModel.history(), messages, "history.column.through",
                viewModel::openEvent);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        VBox history = new VBox(8, subOrganisations, table);
        history.setPadding(new Insets(8));
        return EditorWindow.tabs(detailsTab, window.recordTab("history.tab", "historyTab", history),
                window.changesTab("editor.tab.changes", "changesTab", viewModel.changes()));
    }

    private Node form() {
        TextArea otherNames = Fields.area("organisationOtherNamesField", viewModel.otherNamesProperty(), 3);
        otherNames.setPromptText(messages.get("organisation.otherNamesPrompt"));
        ComboBox<OrganisationKind> kind = Forms.comboBox(java.util.List.of(OrganisationKind.values()), messages::of);
        kind.setId("organisationKindField");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextField country = Fields.text("organisationCountryField", viewModel.countryProperty());
        Autocomplete.strings(country, viewModel::suggestCountries);
        TextField parent = Fields.text("organisationParentField", viewModel.parentProperty());
        parent.setPromptText(messages.get("organisation.parentPrompt"));
        Autocomplete.strings(parent, viewModel::suggestParents);
        TextField name = Fields.text("organisationNameField", viewModel.nameProperty());
        TextField nameRu = Fields.text("organisationNameRuField", viewModel.nameRuProperty());
        TextField acronym = Fields.text("organisationAcronymField", viewModel.acronymProperty());
        var grid = new Forms()
                .field(messages.get("organisation.name"), name, viewModel.nameErrorProperty())
                .field(messages.get("organisation.nameRu"), nameRu)
                .field(messages.get("organisation.acronym"), acronym)
                .field(messages.get("organisation.otherNames"), otherNames)
                .field(messages.get("organisation.kind"), kind, viewModel.kindErrorProperty())
                .field(messages.get("organisation.country"), country, viewModel.countryErrorProperty())
                .field(messages.get("organisation.parent"), parent, viewModel.parentErrorProperty())
                .field(messages.get("organisation.notes"),
                        Fields.area("organisationNotesField", viewModel.notesProperty(), 4))
                .build();
        grid.setPadding(new Insets(12));
        return grid;
    }

    public Stage stage() {
        return window.stage();
    }
}
