package org.liaisonlog.gui.theme;

import java.util.Comparator;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.history.HistoryPane;
import org.liaisonlog.gui.util.Forms;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.common.PartialDate;

/**
 * The right side of the themes screen: the selected theme's form and commands, and below them
 * two tabs, the events carrying it and its change history.
 */
final class ThemeFormPane extends VBox {

    private final ThemesViewModel viewModel;
    private final Messages messages;
    private final VBox form = new VBox(8);
    private final TableView<ThemeEventRowViewModel> events = new TableView<>();
    private final Tab historyTab = new Tab();

    ThemeFormPane(ThemesViewModel viewModel, Messages messages) {
        super(8);
        this.viewModel = viewModel;
        this.messages = messages;
        setPadding(new Insets(8));
        setId("themeForm");
        Tab eventsTab = new Tab(messages.get("theme.events"), eventsTable());
        eventsTab.setId("themeEventsTab");
        eventsTab.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("theme.eventsTab", viewModel.events().size()), viewModel.events()));
        historyTab.setText(messages.get("editor.tab.history"));
        historyTab.setId("historyTab");
        TabPane tabs = new TabPane(eventsTab, historyTab);
        tabs.setId("themeTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.visibleProperty().bind(viewModel.selectedProperty().isNotNull());
        tabs.managedProperty().bind(tabs.visibleProperty());
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(form, tabs);
        viewModel.editorProperty().addListener((obs, old, editor) -> show(editor));
        show(viewModel.editorProperty().get());
    }

    private void show(ThemeEditorViewModel editor) {
        historyTab.setContent(editor == null || editor.isNew() ? null : new HistoryPane(editor.history(), messages));
        if (editor == null) {
            Label hint = new Label(messages.get("themes.noSelection"));
            hint.setId("themeHint");
            hint.setWrapText(true);
            form.getChildren().setAll(hint);
            return;
        }
        Label title = new Label(messages.get(editor.isNew() ? "themes.newTitle" : "themes.editTitle"));
        title.getStyleClass().add("section-title");
        TextField nameEn = new TextField();
        nameEn.setId("themeNameEn");
        nameEn.textProperty().bindBidirectional(editor.nameEnProperty());
        TextField nameRu = new TextField();
        nameRu.setId("themeNameRu");
        nameRu.textProperty().bindBidirectional(editor.nameRuProperty());
        ComboBox<ThemeEditorViewModel.ParentChoice> parent = Forms.comboBox(editor.parentChoices(),
                ThemeEditorViewModel.ParentChoice::label);
        parent.setId("themeParent");
        parent.valueProperty().bindBidirectional(editor.parentProperty());
        Forms fields = new Forms()
                .field(messages.get("theme.nameEn"), nameEn, editor.nameEnErrorProperty())
                .field(messages.get("theme.nameRu"), nameRu)
                .field(messages.get("theme.parent"), parent, editor.parentErrorProperty());
        Label saveError = new Label();
        saveError.setId("themeSaveError");
        saveError.getStyleClass().add("field-error-text");
        saveError.setWrapText(true);
        saveError.textProperty().bind(editor.saveErrorProperty());
        saveError.visibleProperty().bind(editor.saveErrorProperty().isNotEmpty());
        saveError.managedProperty().bind(saveError.visibleProperty());
        form.getChildren().setAll(title, fields.build(), buttons(editor, nameEn), saveError);
    }

    private HBox buttons(ThemeEditorViewModel editor, TextField nameEn) {
        Button save = new Button(messages.get("action.save"));
        save.setId("saveThemeButton");
        save.setDefaultButton(true);
        save.setTooltip(new Tooltip(messages.get("theme.saveTooltip")));
        save.disableProperty().bind(editor.validProperty().not().or(editor.savingProperty()));
        save.setOnAction(e -> editor.save());
        nameEn.setOnAction(e -> editor.save());
        Button addSub = new Button(messages.get("theme.addSub"));
        addSub.setId("addSubThemeButton");
        addSub.setOnAction(e -> viewModel.addSubTheme());
        Button merge = new Button(messages.get("theme.merge"));
        merge.setId("mergeThemeButton");
        merge.setTooltip(new Tooltip(messages.get("theme.mergeTooltip")));
        merge.setOnAction(e -> viewModel.merge());
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("deleteThemeButton");
        delete.setOnAction(e -> viewModel.delete());
        for (Button b : new Button[] {addSub, merge, delete}) {
            b.setDisable(editor.isNew());
        }
        return new HBox(8, save, addSub, merge, delete);
    }

    private TableView<ThemeEventRowViewModel> eventsTable() {
        events.setId("themeEvents");
        TableColumn<ThemeEventRowViewModel, ThemeEventRowViewModel> date =
                new TableColumn<>(messages.get("theme.column.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(ThemeEventRowViewModel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.dateText());
            }
        });
        // Sorted by the dates themselves, not by their text.
        date.setComparator(Comparator.comparing(ThemeEventRowViewModel::start,
                Comparator.nullsFirst(Comparator.<PartialDate>naturalOrder())));
        date.setPrefWidth(170);
        date.setMinWidth(130);
        date.setMaxWidth(220);
        TableColumn<ThemeEventRowViewModel, String> title = new TableColumn<>(messages.get("theme.column.title"));
        title.setCellValueFactory(c -> Bindings.createStringBinding(() -> c.getValue().title()));
        title.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        events.getColumns().setAll(List.of(date, title));
        events.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        events.setPlaceholder(new Label(messages.get("theme.eventsEmpty")));
        events.setItems(viewModel.events());
        events.setRowFactory(t -> {
            TableRow<ThemeEventRowViewModel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.openEvent(row.getItem());
                }
            });
            return row;
        });
        events.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.openEvent(events.getSelectionModel().getSelectedItem());
            }
        });
        return events;
    }
}
