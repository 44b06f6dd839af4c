package org.liaisonlog.gui.organisation;

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

/** The organisations screen: a sortable, filterable table of organisations with new, open and delete. */
public final class OrganisationsView extends BorderPane implements ScreenView {

    private final OrganisationsViewModel viewModel;
    private final Messages messages;
    private final TableView<OrganisationRowViewModel> table = new TableView<>();
    private final TextField filter = new TextField();

    public OrganisationsView(OrganisationsViewModel viewModel, Messages messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("screen");
        setTop(toolbar());
        setCenter(table());
        setBottom(statusLine());
        viewModel.setEditorOpener(editor -> new OrganisationEditorView(editor, messages).show(owner.get()));
        viewModel.lastSavedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                table.requestFocus();
            }
        });
    }

    private HBox toolbar() {
        Button add = new Button(messages.get("organisations.new"));
        add.setId("newOrganisationButton");
        add.setTooltip(new Tooltip(messages.get("organisations.newTooltip")));
        add.setOnAction(e -> viewModel.newOrganisation());
        Button open = new Button(messages.get("organisations.open"));
        open.setId("openOrganisationButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(selected()));
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("deleteOrganisationButton");
        delete.setTooltip(new Tooltip(messages.get("organisations.deleteTooltip")));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> viewModel.delete(selected()));
        filter.setId("organisationFilter");
        filter.setPromptText(messages.get("organisations.filterPrompt"));
        filter.setTooltip(new Tooltip(messages.get("organisations.filterTooltip")));
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

    private TableView<OrganisationRowViewModel> table() {
        table.setId("organisationsTable");
        Comparator<String> byCollator = new CollatedOrder(messages.locale());
        TableColumn<OrganisationRowViewModel, String> name = textColumn("organisations.column.name", 320, byCollator);
        name.setCellValueFactory(c -> c.getValue().nameProperty());
        TableColumn<OrganisationRowViewModel, String> acronym = textColumn("organisations.column.acronym", 100, byCollator);
        acronym.setCellValueFactory(c -> c.getValue().acronymProperty());
        TableColumn<OrganisationRowViewModel, String> kind = textColumn("organisations.column.kind", 170, byCollator);
        kind.setCellValueFactory(c -> c.getValue().kindProperty());
        TableColumn<OrganisationRowViewModel, String> country = textColumn("organisations.column.country", 120, byCollator);
        country.setCellValueFactory(c -> c.getValue().countryProperty());
        TableColumn<OrganisationRowViewModel, String> parent = textColumn("organisations.column.parent", 140, byCollator);
        parent.setCellValueFactory(c -> c.getValue().parentProperty());
        TableColumn<OrganisationRowViewModel, Integer> events = new TableColumn<>(messages.get("organisations.column.events"));
        events.setCellValueFactory(c -> c.getValue().eventsProperty());
        events.setPrefWidth(80);
        name.setId("name");
        acronym.setId("acronym");
        kind.setId("kind");
        country.setId("country");
        parent.setId("parent");
        events.setId("events");
        table.getColumns().setAll(List.of(name, acronym, kind, country, parent, events));

        SortedList<OrganisationRowViewModel> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(name);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label empty = new Label(messages.get("organisations.empty"));
        empty.setWrapText(true);
        table.placeholderProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then((Node) progress).otherwise(empty));
        table.setRowFactory(t -> {
            TableRow<OrganisationRowViewModel> row = new TableRow<>();
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

    private TableColumn<OrganisationRowViewModel, String> textColumn(String key, double width, Comparator<String> comparator) {
        TableColumn<OrganisationRowViewModel, String> column = new TableColumn<>(messages.get(key));
        column.setComparator(Comparator.nullsFirst(comparator));
        column.setPrefWidth(width);
        return column;
    }

    private HBox statusLine() {
        Label count = new Label();
        count.setId("organisationCount");
        count.textProperty().bind(viewModel.statusProperty());
        HBox line = new HBox(count);
        line.setPadding(new Insets(4, 8, 4, 8));
        return line;
    }

    private OrganisationRowViewModel selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Adds the "Merge into…" command next to Delete; the table reloads after a merge. */
    public void enableMerging(org.liaisonlog.gui.merge.MergeViewModel merges, Supplier<Window> owner) {
        Node delete = lookup("#deleteOrganisationButton");
        javafx.scene.control.Button merge = org.liaisonlog.gui.merge.MergeButton.create("mergeOrganisationButton", merges, messages,
                owner, table.getSelectionModel().selectedItemProperty(), OrganisationRowViewModel::id, OrganisationRowViewModel::shortName);
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
        viewModel.newOrganisation();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<OrganisationRowViewModel> tableView() {
        return table;
    }
}
