package org.liaisonlog.gui.person;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.editor.EditorWindow;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.Fields;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.util.Messages;

/** The person editor window: details and attendance history, with Save and Cancel. */
public final class PersonEditorView {

    private final PersonEditorViewModel viewModel;
    private final Messages messages;
    private final EditorWindow window;

    public PersonEditorView(PersonEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.window = new EditorWindow(viewModel, messages);
    }

    public void show(Window owner) {
        String title = viewModel.isNew() ? messages.get("person.newTitle")
                : messages.format("person.editTitle", viewModel.nameProperty().get());
        window.show(owner, title, "personEditor", tabs(), EditorWindow.buttonBar(window.cancelButton(),
                window.saveButton("person.saveTooltip")), 860, 600, "personNameField");
    }

    private TabPane tabs() {
        Tab detailsTab = window.formTab("person.tab.details", form());
        detailsTab.setId("personDetailsTab");
        HistoryTable history = new HistoryTable(viewModel.history(), messages, "history.column.organisation",
                viewModel::openEvent);
        return EditorWindow.tabs(detailsTab, window.recordTab("history.tab", "historyTab", history),
                window.changesTab("editor.tab.changes", "changesTab", viewModel.changes()));
    }

    private Node form() {
        TextField name = Fields.text("personNameField", viewModel.nameProperty());
        TextArea spellings = new TextArea();
        spellings.setId("personSpellingsField");
        spellings.setPrefRowCount(3);
        spellings.setPromptText(messages.get("person.otherSpellingsPrompt"));
        spellings.textProperty().bindBidirectional(viewModel.otherSpellingsProperty());
        TextField organisation = Fields.text("personOrganisationField", viewModel.organisationProperty());
        organisation.setPromptText(messages.get("person.organisationPrompt"));
        Autocomplete.strings(organisation, viewModel::suggestOrganisations);
        TextField country = Fields.text("personCountryField", viewModel.countryProperty());
        Autocomplete.strings(country, viewModel::suggestCountries);
        TextField honorific = Fields.text("personHonorificField", viewModel.honorificProperty());
        TextField position = Fields.text("personPositionField", viewModel.positionProperty());
        Forms form = new Forms()
                .field(messages.get("person.name"), name, viewModel.nameErrorProperty())
                .field(messages.get("person.otherSpellings"), spellings)
                .field(messages.get("person.honorific"), honorific)
                .field(messages.get("person.position"), position)
                .field(messages.get("person.organisation"), organisation, viewModel.organisationErrorProperty())
                .field(messages.get("person.country"), country, viewModel.countryErrorProperty())
                .field(messages.get("person.notes"), Fields.area("personNotesField", viewModel.notesProperty(), 4));
        var grid = form.build();
        grid.setPadding(new Insets(12));
        return grid;
    }

    public Stage stage() {
        return window.stage();
    }
}
