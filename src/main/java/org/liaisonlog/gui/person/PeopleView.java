package org.liaisonlog.gui.person;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.liaisonlog.gui.ScreenView;
import org.liaisonlog.gui.util.CollatedOrder;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.TableColumns;

/** The people screen: a sortable, filterable table of people with new, open and delete. */
public final class PeopleView extends BorderPane implements ScreenView {

    private final PeopleViewModel viewModel;
    private final Messages messages;
    private final TableView<PersonRowViewModel> table = new TableView<>();
    private final TextField filter = new TextField();

    public PeopleView(PeopleViewModel viewModel, Messages messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("screen");
        setTop(toolbar());
        setCenter(table());
        setBottom(statusLine());
        viewModel.setEditorOpener(editor -> new PersonEditorView(editor, messages).show(owner.get()));
        viewModel.lastSavedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                table.requestFocus();
            }
        });
    }

    private HBox toolbar() {
        Button add = new Button(messages.get("people.new"));
        add.setId("newPersonButton");
        add.setTooltip(new Tooltip(messages.get("people.newTooltip")));
        add.setOnAction(e -> viewModel.newPerson());
        Button open = new Button(messages.get("people.open"));
        open.setId("openPersonButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(selected()));
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("deletePersonButton");
        delete.setTooltip(new Tooltip(messages.get("people.deleteTooltip")));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> viewModel.delete(selected()));
        filter.setId("peopleFilter");
        filter.setPromptText(messages.get("people.filterPrompt"));
        filter.setTooltip(new Tooltip(messages.get("people.filterTooltip")));
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                table.requestFocus();
                table.getSelectionModel().selectFirst();
            }
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, add, open, delete, spacer, filter);
        bar.getStyleClass().add("screen-toolbar");
        bar.setPadding(new Insets(8));
        return bar;
    }

    private TableView<PersonRowViewModel> table() {
        table.setId("peopleTable");
        Comparator<String> byCollator = new CollatedOrder(messages.locale());
        TableColumn<PersonRowViewModel, String> name = textColumn("people.column.name", 220, byCollator);
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        TableColumn<PersonRowViewModel, String> spellings = textColumn("people.column.otherSpellings", 220, byCollator);
        spellings.setCellValueFactory(c -> c.getValue().otherSpellingsProperty());
        TableColumn<PersonRowViewModel, String> position = textColumn("people.column.position", 180, byCollator);
        position.setCellValueFactory(c -> c.getValue().positionProperty());
        TableColumn<PersonRowViewModel, String> organisation = textColumn("people.column.organisation", 160, byCollator);
        organisation.setCellValueFactory(c -> c.getValue().organisationProperty());
        TableColumn<PersonRowViewModel, String> country = textColumn("people.column.country", 120, byCollator);
        country.setCellValueFactory(c -> c.getValue().countryProperty());
        TableColumn<PersonRowViewModel, Integer> events = new TableColumn<>(messages.get("people.column.events"));
        events.setCellValueFactory(c -> c.getValue().eventsProperty());
        events.setPrefWidth(80);
        name.setId("name");
        spellings.setId("spellings");
        position.setId("position");
        organisation.setId("organisation");
        country.setId("country");
        events.setId("events");
        table.getColumns().setAll(List.of(name, spellings, position, organisation, country, events));

        SortedList<PersonRowViewModel> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label empty = new Label(messages.get("people.empty"));
        empty.setWrapText(true);
        table.placeholderProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then((Node) progress).otherwise(empty));
        table.setRowFactory(t -> {
            TableRow<PersonRowViewModel> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    viewModel.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                viewModel.open(selected());
            } else if (e.getCode() == KeyCode.DELETE) {
                viewModel.delete(selected());
            }
        });
        return table;
    }

    private TableColumn<PersonRowViewModel, String> textColumn(String key, double width, Comparator<String> comparator) {
        TableColumn<PersonRowViewModel, String> column = new TableColumn<>(messages.get(key));
        column.setComparator(Comparator.nullsFirst(comparator));
        column.setPrefWidth(width);
        return column;
    }

    private HBox statusLine() {
        Label count = new Label();
        count.setId("peopleCount");
        count.textProperty().bind(viewModel.statusProperty());
        HBox line = new HBox(count);
        line.setPadding(new Insets(4, 8, 4, 8));
        return line;
    }

    private PersonRowViewModel selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Adds the "Merge into…" command next to Delete; the table reloads after a merge. */
    public void enableMerging(org.liaisonlog.gui.merge.MergeViewModel merges, Supplier<Window> owner) {
        Node delete = lookup("#deletePersonButton");
        javafx.scene.control.Button merge = org.liaisonlog.gui.merge.MergeButton.create("mergePersonButton", merges, messages,
                owner, table.getSelectionModel().selectedItemProperty(), PersonRowViewModel::id, r -> r.nameProperty().get());
        HBox bar = (HBox) delete.getParent();
        bar.getChildren().add(bar.getChildren().indexOf(delete) + 1, merge);
        merges.setOnMerged(kept -> viewModel.load());
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void load() {
        viewModel.load();
    }

    @Override
    public List<String> columns() {
        return TableColumns.state(table);
    }

    @Override
    public void restoreColumns(List<String> columns) {
        TableColumns.restore(table, columns);
    }

    @Override
    public void newRecord() {
        viewModel.newPerson();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<PersonRowViewModel> tableView() {
        return table;
    }
}
