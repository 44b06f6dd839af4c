package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableCell;
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

/** The events screen: a sortable, filterable table of events with new, open and delete. */
public final class EventsView extends BorderPane implements ScreenView {

    private final EventsViewModel viewModel;
    private final Messages messages;
    private final TableView<EventRowViewModel> table = new TableView<>();
    private final TextField filter = new TextField();
    /** Up to this many collation keys are made on the JavaFX thread while sorting (a few ms). */
    private int keysMadeWhileSorting = 2_000;
    /** Sorts text columns as the interface language does; its keys are made in the background. */
    private final CollatedOrder byCollator;
    /** Each text column's text of a line, for making its collation keys. */
    private final Map<TableColumn<EventRowViewModel, ?>, Function<EventRowViewModel, String>>
            textOfColumn = new HashMap<>();
    /** True while a sort waits for its collation keys. */
    private final BooleanProperty sorting = new SimpleBooleanProperty();

    public EventsView(EventsViewModel viewModel, Messages messages, java.util.function.Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.byCollator = new CollatedOrder(messages.locale());
        getStyleClass().add("screen");
        setTop(toolbar());
        setCenter(table());
        setBottom(statusLine());
        viewModel.setEditorOpener(editor -> new EventEditorView(editor, messages).show(owner.get()));
        viewModel.lastSavedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                table.requestFocus();
            }
        });
    }

    private HBox toolbar() {
        Button add = new Button(messages.get("events.new"));
        add.setId("newEventButton");
        add.setTooltip(new Tooltip(messages.get("events.newTooltip")));
        add.setOnAction(e -> viewModel.newEvent());
        Button open = new Button(messages.get("events.open"));
        open.setId("openEventButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(selected()));
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("deleteEventButton");
        delete.setTooltip(new Tooltip(messages.get("events.deleteTooltip")));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> viewModel.delete(selected()));
        filter.setId("eventFilter");
        filter.setPromptText(messages.get("events.filterPrompt"));
        filter.setTooltip(new Tooltip(messages.get("events.filterTooltip")));
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

    private TableView<EventRowViewModel> table() {
        table.setId("eventsTable");
        // The collation keys of the lines' texts are made in the background once they are read,
        // so that the first sort by a text column does not make them on the JavaFX thread (at
        // 100 000 events more than a second for the titles).
        viewModel.setSortPreparer(lines -> {
            byCollator.prepare(texts(lines, EventRowViewModel::title));
            byCollator.prepare(texts(lines, EventRowViewModel::place));
            byCollator.prepare(texts(lines, EventRowViewModel::organisers));
            byCollator.prepare(texts(lines, EventRowViewModel::themes));
        });

        TableColumn<EventRowViewModel, EventRowViewModel> date = new TableColumn<>(messages.get("events.column.date"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(EventRowViewModel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.dateText());
            }
        });
        date.setComparator(Comparator.comparing((EventRowViewModel r) -> r.startDateProperty().get(),
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        date.setPrefWidth(180);
        date.setMinWidth(175);
        TableColumn<EventRowViewModel, String> title = textColumn("events.column.title", 380, byCollator);
        title.setCellValueFactory(c -> c.getValue().titleProperty());
        textOfColumn.put(title, EventRowViewModel::title);
        TableColumn<EventRowViewModel, Integer> edition = new TableColumn<>(messages.get("events.column.edition"));
        edition.setCellValueFactory(c -> c.getValue().editionProperty());
        edition.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        edition.setPrefWidth(70);
        edition.setMinWidth(65);
        TableColumn<EventRowViewModel, String> place = textColumn("events.column.place", 160, byCollator);
        place.setCellValueFactory(c -> c.getValue().placeProperty());
        textOfColumn.put(place, EventRowViewModel::place);
        TableColumn<EventRowViewModel, String> organisers = textColumn("events.column.organisers", 150, byCollator);
        organisers.setCellValueFactory(c -> c.getValue().organisersProperty());
        textOfColumn.put(organisers, EventRowViewModel::organisers);
        TableColumn<EventRowViewModel, Integer> participants = new TableColumn<>(messages.get("events.column.participants"));
        participants.setCellValueFactory(c -> c.getValue().participantsProperty());
        participants.setPrefWidth(100);
        participants.setMinWidth(95);
        TableColumn<EventRowViewModel, String> themes = textColumn("events.column.themes", 260, byCollator);
        themes.setCellValueFactory(c -> c.getValue().themesProperty());
        textOfColumn.put(themes, EventRowViewModel::themes);
        date.setId("date");
        title.setId("title");
        edition.setId("edition");
        place.setId("place");
        organisers.setId("organisers");
        participants.setId("participants");
        themes.setId("themes");
        table.getColumns().setAll(List.of(date, title, edition, place, organisers, participants, themes));

        SortedList<EventRowViewModel> sorted = new SortedList<>(viewModel.rows());
        // The sorted list follows the table's order itself rather than by a binding, so that a sort
        // by a text column whose keys are not all made yet (in the first seconds after opening, at
        // 100 000 events) makes them in the background and sorts when they are there, instead of
        // holding the JavaFX thread for a second.
        table.setSortPolicy(t -> true);
        table.comparatorProperty().addListener((obs, old, order) -> sortBy(sorted, order));
        sorted.setComparator(table.getComparator());
        table.setItems(sorted);
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label empty = new Label(messages.get("events.empty"));
        empty.setWrapText(true);
        table.placeholderProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then((javafx.scene.Node) progress).otherwise(empty));
        table.setRowFactory(t -> {
            TableRow<EventRowViewModel> row = new TableRow<>();
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

    /**
     * Sorts the lines in the table's order: at once when the sorted text columns have their
     * collation keys (all but a few), else after making them in the background; meanwhile the
     * status line says so. A newer order overtakes one still waiting.
     */
    /** For tests on small catalogues: how many keys a sort may make on the JavaFX thread. */
    void makeKeysWhileSortingUpTo(int keys) {
        this.keysMadeWhileSorting = keys;
    }

    private void sortBy(SortedList<EventRowViewModel> sorted, Comparator<EventRowViewModel> order) {
        List<EventRowViewModel> lines = List.copyOf(viewModel.rows());
        List<Function<EventRowViewModel, String>> lacking = table.getSortOrder().stream()
                .map(textOfColumn::get)
                .filter(Objects::nonNull)
                .filter(text -> !byCollator.hasKeys(texts(lines, text), keysMadeWhileSorting))
                .toList();
        if (lacking.isEmpty()) {
            sorted.setComparator(rowOrder(order));
            return;
        }
        sorting.set(true);
        viewModel.prepareSortThen(() -> lacking.forEach(text -> byCollator.prepare(texts(lines, text))), () -> {
            if (table.getComparator() == order) {
                sorted.setComparator(rowOrder(order));
                sorting.set(false);
            }
        });
    }

    /**
     * The table's order as a comparator of lines: by text columns it compares the lines' texts
     * directly, without the table's own comparator asking each column for a cell value on every
     * comparison (about 1.7 million comparisons for 100 000 lines); by any other column, the
     * table's own.
     */
    private Comparator<EventRowViewModel> rowOrder(Comparator<EventRowViewModel> tableOrder) {
        Comparator<EventRowViewModel> rows = null;
        for (TableColumn<EventRowViewModel, ?> column : table.getSortOrder()) {
            Function<EventRowViewModel, String> text = textOfColumn.get(column);
            if (text == null) {
                return tableOrder;
            }
            Comparator<EventRowViewModel> byText = Comparator.comparing(text, Comparator.nullsFirst(byCollator));
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                byText = byText.reversed();
            }
            rows = rows == null ? byText : rows.thenComparing(byText);
        }
        return rows == null ? tableOrder : rows;
    }

    private static Iterable<String> texts(List<EventRowViewModel> lines,
            Function<EventRowViewModel, String> text) {
        return () -> lines.stream().map(text).iterator();
    }

    private TableColumn<EventRowViewModel, String> textColumn(String key, double width, Comparator<String> comparator) {
        TableColumn<EventRowViewModel, String> column = new TableColumn<>(messages.get(key));
        column.setComparator(Comparator.nullsFirst(comparator));
        column.setPrefWidth(width);
        return column;
    }

    private HBox statusLine() {
        Label count = new Label();
        count.setId("eventCount");
        count.textProperty().bind(Bindings.when(sorting)
                .then(messages.get("events.sorting")).otherwise(viewModel.statusProperty()));
        HBox line = new HBox(count);
        line.setPadding(new Insets(4, 8, 4, 8));
        return line;
    }

    private EventRowViewModel selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Adds "Report…": the selected event's attendance report, opened by {@code opener} with the event's key. */
    public void enableReports(java.util.function.Consumer<java.util.UUID> opener) {
        Button report = new Button(messages.get("reports.eventButton"));
        report.setId("eventReportButton");
        report.setTooltip(new Tooltip(messages.get("reports.eventButtonTooltip")));
        report.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        report.setOnAction(e -> opener.accept(selected().id()));
        Node delete = lookup("#deleteEventButton");
        HBox bar = (HBox) delete.getParent();
        bar.getChildren().add(bar.getChildren().indexOf(delete) + 1, report);
    }

    @Override
    public Node node() {
        return this;
    }

    @Override
    public void load() {
        viewModel.load();
    }

    /** Reads the events again (others screens may have changed them), keeping the selected one. */
    @Override
    public void shown() {
        EventRowViewModel row = selected();
        viewModel.load(row == null ? null : row.id());
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
        viewModel.newEvent();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<EventRowViewModel> tableView() {
        return table;
    }
}
