package org.liaisonlog.gui.trip;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.liaisonlog.gui.RecordTableScreen;
import org.liaisonlog.gui.util.Messages;

/** The trips screen: a sortable, filterable table of trips with new, open and delete; newest first. */
public final class TripsView extends RecordTableScreen<TripRowViewModel> {

    public TripsView(TripsViewModel viewModel, Messages messages, Supplier<Window> owner) {
        super(viewModel, messages, new Names("trips", "Trip", "tripsTable", "tripFilter", "tripCount"));
        viewModel.setEditorOpener(editor -> new TripEditorView(editor, messages).show(owner.get()));
    }

    @Override
    protected List<TableColumn<TripRowViewModel, ?>> columns(Comparator<String> byCollator) {
        TableColumn<TripRowViewModel, TripRowViewModel> date = new TableColumn<>(messages.get("trips.column.dates"));
        date.setId("dates");
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
        date.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<TripRowViewModel, Integer> events = new TableColumn<>(messages.get("trips.column.events"));
        events.setId("events");
        events.setCellValueFactory(c -> c.getValue().eventsProperty());
        events.setPrefWidth(80);
        events.setMinWidth(70);
        return List.of(date,
                textColumn("trips.column.travellers", "travellers", 200, byCollator, TripRowViewModel::travellersProperty),
                textColumn("trips.column.destinations", "destinations", 220, byCollator,
                        TripRowViewModel::destinationsProperty),
                textColumn("trips.column.purpose", "purpose", 320, byCollator, TripRowViewModel::purposeProperty),
                textColumn("trips.column.status", "status", 100, byCollator, TripRowViewModel::statusProperty),
                events);
    }

    /** Adds "Trip report…": the selected trip's report, opened by {@code opener} with the trip's key. */
    public void enableReports(Consumer<UUID> opener) {
        Button report = new Button(messages.get("reports.tripButton"));
        report.setId("tripReportButton");
        report.setTooltip(new Tooltip(messages.get("reports.tripButtonTooltip")));
        report.disableProperty().bind(tableView().getSelectionModel().selectedItemProperty().isNull());
        report.setOnAction(e -> opener.accept(selected().id()));
        addAfterDelete(report);
    }
}
