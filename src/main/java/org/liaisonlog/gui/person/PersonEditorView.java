package org.liaisonlog.gui.person;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.history.HistoryPane;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;

/** The person editor window: details and attendance history, with Save and Cancel. */
public final class PersonEditorView {

    private final PersonEditorViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();

    public PersonEditorView(PersonEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(viewModel.isNew() ? messages.get("person.newTitle")
                : messages.format("person.editTitle", viewModel.nameProperty().get()));
        BorderPane root = new BorderPane();
        root.setId("personEditor");
        root.setTop(errorBanner());
        root.setCenter(tabs());
        root.setBottom(buttons());
        Scene scene = new Scene(root, 860, 600);
        Styles.apply(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), viewModel::save);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), viewModel::cancel);
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            viewModel.cancel();
        });
        viewModel.setCloser(stage::close);
        stage.show();
        Node name = scene.lookup("#personNameField");
        if (name != null) {
            name.requestFocus();
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
        ScrollPane details = new ScrollPane(form());
        details.setFitToWidth(true);
        Tab detailsTab = new Tab(messages.get("person.tab.details"), details);
        detailsTab.setId("personDetailsTab");
        Tab historyTab = new Tab(messages.get("history.tab"), new HistoryTable(viewModel.history(), messages,
                "history.column.organisation", viewModel::openEvent));
        historyTab.setId("historyTab");
        historyTab.setDisable(viewModel.isNew());
        Tab changesTab = new Tab(messages.get("editor.tab.changes"), new HistoryPane(viewModel.changes(), messages));
        changesTab.setId("changesTab");
        changesTab.setDisable(viewModel.isNew());
        TabPane tabs = new TabPane(detailsTab, historyTab, changesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private Node form() {
        TextField name = text("personNameField", viewModel.nameProperty());
        TextArea spellings = new TextArea();
        spellings.setId("personSpellingsField");
        spellings.setPrefRowCount(3);
        spellings.setPromptText(messages.get("person.otherSpellingsPrompt"));
        spellings.textProperty().bindBidirectional(viewModel.otherSpellingsProperty());
        TextField organisation = text("personOrganisationField", viewModel.organisationProperty());
        organisation.setPromptText(messages.get("person.organisationPrompt"));
        Autocomplete.strings(organisation, viewModel::suggestOrganisations);
        TextField country = text("personCountryField", viewModel.countryProperty());
        Autocomplete.strings(country, viewModel::suggestCountries);
        TextArea notes = new TextArea();
        notes.setId("personNotesField");
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(viewModel.notesProperty());
        Forms form = new Forms()
                .field(messages.get("person.name"), name, viewModel.nameErrorProperty())
                .field(messages.get("person.otherSpellings"), spellings)
                .field(messages.get("person.honorific"), text("personHonorificField", viewModel.honorificProperty()))
                .field(messages.get("person.position"), text("personPositionField", viewModel.positionProperty()))
                .field(messages.get("person.organisation"), organisation, viewModel.organisationErrorProperty())
                .field(messages.get("person.country"), country, viewModel.countryErrorProperty())
                .field(messages.get("person.notes"), notes);
        var grid = form.build();
        grid.setPadding(new Insets(12));
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private ButtonBar buttons() {
        Button save = new Button(messages.get("action.save"));
        save.setId("saveButton");
        save.setTooltip(new Tooltip(messages.get("person.saveTooltip")));
        save.disableProperty().bind(viewModel.validProperty().not().or(viewModel.savingProperty()));
        save.setOnAction(e -> viewModel.save());
        Button cancel = new Button(messages.get("action.cancel"));
        cancel.setId("cancelButton");
        cancel.setTooltip(new Tooltip(messages.get("action.cancelTooltip")));
        cancel.setOnAction(e -> viewModel.cancel());
        ButtonBar.setButtonData(save, ButtonBar.ButtonData.OK_DONE);
        ButtonBar.setButtonData(cancel, ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonBar bar = new ButtonBar();
        bar.getButtons().addAll(cancel, save);
        bar.setPadding(new Insets(10));
        return bar;
    }

    public Stage stage() {
        return stage;
    }
}
