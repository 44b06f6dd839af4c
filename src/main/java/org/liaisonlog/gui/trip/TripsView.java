package org.liaisonlog.gui.trip;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
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

/** The trips screen: a sortable, filterable table of trips with new, open and delete. */
public final class TripsView extends BorderPane implements ScreenView {

    private final TripsViewModel viewModel;
    private final Messages messages;
    private final TableView<TripRowViewModel> table = new TableView<>();
    private final TextField filter = new TextField();

    public TripsView(TripsViewModel viewModel, Messages messages, Supplier<Window> owner) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("screen");
        setTop(toolbar());
        setCenter(table());
        setBottom(statusLine());
        viewModel.setEditorOpener(editor -> new TripEditorView(editor, messages).show(owner.get()));
        viewModel.lastSavedProperty().addListener((obs, old, row) -> {
            if (row != null) {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
                table.requestFocus();
            }
        });
    }

    private HBox toolbar() {
        Button add = new Button(messages.get("trips.new"));
        add.setId("newTripButton");
        add.setTooltip(new Tooltip(messages.get("trips.newTooltip")));
        add.setOnAction(e -> viewModel.newTrip());
        Button open = new Button(messages.get("trips.open"));
        open.setId("openTripButton");
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> viewModel.open(selected()));
        Button delete = new Button(messages.get("action.delete"));
        delete.setId("deleteTripButton");
        delete.setTooltip(new Tooltip(messages.get("trips.deleteTooltip")));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> viewModel.delete(selected()));
        filter.setId("tripFilter");
        filter.setPromptText(messages.get("trips.filterPrompt"));
        filter.setTooltip(new Tooltip(messages.get("trips.filterTooltip")));
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

    private TableView<TripRowViewModel> table() {
        table.setId("tripsTable");
        Comparator<String> byCollator = new CollatedOrder(messages.locale());
        TableColumn<TripRowViewModel, TripRowViewModel> date = new TableColumn<>(messages.get("trips.column.dates"));
        date.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        date.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(TripRowViewModel item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.dateText());
            }
        });
        date.setComparator(Comparator.comparing((TripRowViewModel r) -> r.firstDateProperty().get(),
                Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())));
        date.setPrefWidth(180);
        date.setMinWidth(175);
        TableColumn<TripRowViewModel, String> travellers = textColumn("trips.column.travellers", 200, byCollator);
        travellers.setCellValueFactory(c -> c.getValue().travellersProperty());
        TableColumn<TripRowViewModel, String> destinations = textColumn("trips.column.destinations", 220, byCollator);
        destinations.setCellValueFactory(c -> c.getValue().destinationsProperty());
        TableColumn<TripRowViewModel, String> purpose = textColumn("trips.column.purpose", 320, byCollator);
        purpose.setCellValueFactory(c -> c.getValue().purposeProperty());
        TableColumn<TripRowViewModel, String> status = textColumn("trips.column.status", 100, byCollator);
        status.setCellValueFactory(c -> c.getValue().statusProperty());
        TableColumn<TripRowViewModel, Integer> events = new TableColumn<>(messages.get("trips.column.events"));
        events.setCellValueFactory(c -> c.getValue().eventsProperty());
        events.setPrefWidth(80);
        events.setMinWidth(70);
        table.getColumns().setAll(List.of(date, travellers, destinations, purpose, status, events));

        SortedList<TripRowViewModel> sorted = new SortedList<>(viewModel.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        date.setSortType(TableColumn.SortType.DESCENDING);
        table.getSortOrder().add(date);
        table.setTableMenuButtonVisible(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(48, 48);
        Label empty = new Label(messages.get("trips.empty"));
        empty.setWrapText(true);
        table.placeholderProperty().bind(Bindings.when(viewModel.loadingProperty())
                .then((Node) progress).otherwise(empty));
        table.setRowFactory(t -> {
            TableRow<TripRowViewModel> row = new TableRow<>();
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

    private TableColumn<TripRowViewModel, String> textColumn(String key, double width, Comparator<String> comparator) {
        TableColumn<TripRowViewModel, String> column = new TableColumn<>(messages.get(key));
        column.setComparator(Comparator.nullsFirst(comparator));
        column.setPrefWidth(width);
        return column;
    }

    private HBox statusLine() {
        Label count = new Label();
        count.setId("tripCount");
        count.textProperty().bind(viewModel.statusProperty());
        HBox line = new HBox(count);
        line.setPadding(new Insets(4, 8, 4, 8));
        return line;
    }

    private TripRowViewModel selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    /** Adds "Trip report…": the selected trip's report, opened by {@code opener} with the trip's key. */
    public void enableReports(java.util.function.Consumer<java.util.UUID> opener) {
        Button report = new Button(messages.get("reports.tripButton"));
        report.setId("tripReportButton");
        report.setTooltip(new Tooltip(messages.get("reports.tripButtonTooltip")));
        report.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        report.setOnAction(e -> opener.accept(selected().id()));
        Node delete = lookup("#deleteTripButton");
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

    @Override
    public void newRecord() {
        viewModel.newTrip();
    }

    @Override
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    public TableView<TripRowViewModel> tableView() {
        return table;
    }
}
