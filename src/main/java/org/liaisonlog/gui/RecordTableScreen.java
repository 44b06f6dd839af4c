package org.liaisonlog.gui;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
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
import javafx.stage.Window;
import org.liaisonlog.gui.merge.MergeButton;
import org.liaisonlog.gui.merge.MergeViewModel;
import org.liaisonlog.gui.util.CollatedOrder;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.TableColumns;

/**
 * The frame the record screens share (events, trips, people, organisations): New, Open and
 * Delete with a filter in the toolbar; a sortable table that shows a spinner while loading and a
 * hint when empty (or when the filter hides every line), opens a line on double-click or Enter and
 * deletes it with Delete; a status line. The screen names its columns; the first one is the table's first sort.
 *
 * @param <R> the table's row view model
 */
public abstract class RecordTableScreen<R> extends BorderPane implements ScreenView {

    /** What the frame needs of the screen's view model. */
    public interface Model<R> {
        ObservableList<R> rows();

        ReadOnlyObjectProperty<R> lastSavedProperty();

        StringProperty filterProperty();

        ReadOnlyBooleanProperty loadingProperty();

        /** True while there are lines but the filter lets none of them through. */
        ReadOnlyBooleanProperty filteredOutProperty();

        ReadOnlyStringProperty statusProperty();

        void load();

        void newRecord();

        void open(R row);

        void delete(R row);
    }

    /**
     * The screen's names: {@code keys} prefixes its texts in the bundles ({@code keys.new},
     * {@code keys.open}, {@code keys.empty}, …); the others are its nodes' ids, {@code record}
     * naming the buttons ({@code new<record>Button}, {@code open…}, {@code delete…}, {@code merge…}).
     */
    public record Names(String keys, String record, String table, String filter, String count) {
    }

    protected final Messages messages;
    private final Model<R> model;
    private final Names names;
    private final TableView<R> table = new TableView<>();
    private final TextField filter = new TextField();
    private final Label count = new Label();
    /** Sorts the text columns as the interface language does. */
    private final CollatedOrder byCollator;
    private final SortedList<R> sorted;
    private final HBox toolbar;

    protected RecordTableScreen(Model<R> model, Messages messages, Names names) {
        this.model = model;
        this.messages = messages;
        this.names = names;
        this.byCollator = new CollatedOrder(messages.locale());
        this.sorted = new SortedList<>(model.rows());
        getStyleClass().add("screen");
        toolbar = toolbar();
        setTop(toolbar);
        setCenter(table());
        setBottom(statusLine());
        model.lastSavedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                table.requestFocus();
            }
        });
    }

    /** The table's columns, in order; the first is sorted on at first (in the sort type it has). */
    protected abstract List<TableColumn<R, ?>> columns(Comparator<String> byCollator);

    /** A column of texts, sorted by the interface language's collator, empty ones first. */
    protected TableColumn<R, String> textColumn(String key, String id, double width, Comparator<String> byCollator,
                                                Function<R, ObservableValue<String>> value) {
        TableColumn<R, String> column = new TableColumn<>(messages.get(key));
        column.setId(id);
        column.setComparator(Comparator.nullsFirst(byCollator));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        return column;
    }

    private HBox toolbar() {
        Button add = new Button(messages.get(names.keys() + ".new"));
        add.setId("new" + names.record() + "Button");
        add.setTooltip(new Tooltip(messages.get(names.keys() + ".newTooltip")));
        add.setOnAction(e -> model.newRecord());
        Button open = new Button(messages.get(names.keys() + ".open"));
        open.setId("open" + names.record() + "Button");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(selected()));
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("delete" + names.record() + "Button");
        delete.setTooltip(new Tooltip(messages.get(names.keys() + ".deleteTooltip")));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(selected()));
        ScreenToolbar.setUpFilter(filter, names.filter(), messages, names.keys(), model.filterProperty(), () -> {
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        return ScreenToolbar.of(List.of(add, open, delete), filter);
    }

    private TableView<R> table() {
        table.setId(names.table());
        List<TableColumn<R, ?>> columns = columns(byCollator);
        table.getColumns().setAll(columns);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSortOrder().add(columns.get(0));
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        // "No people yet" only when there are none: when the filter hides them all, it says so.
        String none = messages.get(names.keys() + ".empty");
        Label empty = new Label();
        empty.textProperty().bind(Bindings.createStringBinding(() -> model.filteredOutProperty().get()
                ? messages.format("table.noMatch", model.filterProperty().get().strip()) : none,
                model.filteredOutProperty(), model.filterProperty()));
        empty.setWrapText(true);
        table.placeholderProperty().bind(Bindings.when(model.loadingProperty())
                .then((Node) progress).otherwise(empty));
        table.setRowFactory(t -> {
            TableRow<R> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(selected());
            } else if (e.getCode() == KeyCode.DELETE) {
                model.delete(selected());
            }
        });
        return table;
    }

    private HBox statusLine() {
        count.setId(names.count());
        count.textProperty().bind(model.statusProperty());
        HBox line = new HBox(count);
        line.setPadding(new Insets(4, 8, 4, 8));
        return line;
    }

    /** The order the text columns sort by (the one {@link #columns(Comparator)} was given). */
    protected CollatedOrder byCollator() {
        return byCollator;
    }

    /**
     * Lets the screen put the lines in the table's order itself rather than at once (say, once it
     * has prepared the sort in the background): {@code sortBy} gets the sorted lines and the
     * table's order, now and whenever it changes.
     */
    protected void sortLinesBy(BiConsumer<SortedList<R>, Comparator<R>> sortBy) {
        sorted.comparatorProperty().unbind();
        table.setSortPolicy(t -> true);
        // Invalidation, not change: a second click on a sorted column gives a comparator equal to the
        // last one (the same columns), which a change listener would not be told of.
        table.comparatorProperty().addListener(obs -> sortBy.accept(sorted, table.getComparator()));
        sortBy.accept(sorted, table.getComparator());
    }

    /** Shows this text in the status line instead of the view model's. */
    protected void showStatus(ObservableValue<String> text) {
        count.textProperty().unbind();
        count.textProperty().bind(text);
    }

    /** The line selected in the table, or null. */
    protected R selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Puts a button into the toolbar right after Delete. */
    protected void addAfterDelete(Button button) {
        Node delete = toolbar.lookup("#delete" + names.record() + "Button");
        toolbar.getChildren().add(toolbar.getChildren().indexOf(delete) + 1, button);
    }

    /** Adds "Merge into…" after Delete; the table reloads after a merge. */
    protected void addMerging(MergeViewModel merges, Supplier<Window> owner, Function<R, UUID> id,
                              Function<R, String> name) {
        addAfterDelete(MergeButton.create("merge" + names.record() + "Button", merges, messages, owner,
                table.getSelectionModel().selectedItemProperty(), id, name));
        merges.setOnMerged(kept -> model.load());
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void load() {
        model.load();
    }

    @Override
    public void newRecord() {
        model.newRecord();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    @Override
    public List<String> columns() {
        return TableColumns.state(table);
    }

    @Override
    public void restoreColumns(List<String> columns) {
        TableColumns.restore(table, columns);
    }

    public TableView<R> tableView() {
        return table;
    }
}
