package org.liaisonlog.gui.organisation;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
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
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.liaisonlog.gui.person.HistoryTable;
import org.liaisonlog.gui.util.Autocomplete;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.history.HistoryPane;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.model.organisation.OrganisationKind;

/** The organisation editor window: details and attendance history, with Save and Cancel. */
public final class OrganisationEditorView {

    private final OrganisationEditorViewModel viewModel;
    private final Messages messages;
    private final Stage stage = new Stage();

    public OrganisationEditorView(OrganisationEditorViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
    }

    public void show(Window owner) {
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(viewModel.isNew() ? messages.get("organisation.newTitle")
                : messages.format("organisation.editTitle", viewModel.nameProperty().get()));
        BorderPane root = new BorderPane();
        root.setId("organisationEditor");
        root.setTop(errorBanner());
        root.setCenter(tabs());
        root.setBottom(buttons());
        Scene scene = new Scene(root, 900, 640);
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
        Node name = scene.lookup("#organisationNameField");
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
        Tab detailsTab = new Tab(messages.get("organisation.tab.details"), details);
        detailsTab.setId("organisationDetailsTab");
        CheckBox subOrganisations = new CheckBox(messages.get("history.includeSubOrganisations"));
        subOrganisations.setId("includeSubOrganisations");
        subOrganisations.selectedProperty().bindBidirectional(viewModel.includeSubOrganisationsProperty());
        HistoryTable table = new HistoryTable(viewModel.history(), messages, "history.column.through",
                viewModel::openEvent);
        VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        VBox history = new VBox(8, subOrganisations, table);
        history.setPadding(new Insets(8));
        Tab historyTab = new Tab(messages.get("history.tab"), history);
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
        TextArea otherNames = area("organisationOtherNamesField", viewModel.otherNamesProperty(), 3);
        otherNames.setPromptText(messages.get("organisation.otherNamesPrompt"));
        ComboBox<OrganisationKind> kind = Forms.comboBox(java.util.List.of(OrganisationKind.values()), messages::of);
        kind.setId("organisationKindField");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        TextField country = text("organisationCountryField", viewModel.countryProperty());
        Autocomplete.strings(country, viewModel::suggestCountries);
        TextField parent = text("organisationParentField", viewModel.parentProperty());
        parent.setPromptText(messages.get("organisation.parentPrompt"));
        Autocomplete.strings(parent, viewModel::suggestParents);
        TextField name = text("organisationNameField", viewModel.nameProperty());
        var grid = new Forms()
                .field(messages.get("organisation.name"), name, viewModel.nameErrorProperty())
                .field(messages.get("organisation.nameRu"), text("organisationNameRuField", viewModel.nameRuProperty()))
                .field(messages.get("organisation.acronym"), text("organisationAcronymField", viewModel.acronymProperty()))
                .field(messages.get("organisation.otherNames"), otherNames)
                .field(messages.get("organisation.kind"), kind, viewModel.kindErrorProperty())
                .field(messages.get("organisation.country"), country, viewModel.countryErrorProperty())
                .field(messages.get("organisation.parent"), parent, viewModel.parentErrorProperty())
                .field(messages.get("organisation.notes"), area("organisationNotesField", viewModel.notesProperty(), 4))
                .build();
        grid.setPadding(new Insets(12));
        return grid;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private static TextArea area(String id, javafx.beans.property.StringProperty value, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private ButtonBar buttons() {
        Button save = new Button(messages.get("action.save"));
        save.setId("saveButton");
        save.setTooltip(new Tooltip(messages.get("organisation.saveTooltip")));
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
