package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Button;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.liaisonlog.gui.RecordTableScreen;
import org.liaisonlog.gui.util.Messages;

/**
 * The events screen: a sortable, filterable table of events with new, open and delete; newest
 * first. Its text columns' sort keys are made in the background (at 100 000 events a first sort
 * by title would otherwise hold the JavaFX thread for more than a second).
 */
public final class EventsView extends RecordTableScreen<EventRowViewModel> {

    /** The text columns' texts of a line, by column id, in the order their keys are prepared. */
    private static final Map<String, Function<EventRowViewModel, String>> TEXTS = new LinkedHashMap<>();

    static {
        TEXTS.put("title", EventRowViewModel::title);
        TEXTS.put("place", EventRowViewModel::place);
        TEXTS.put("organisers", EventRowViewModel::organisers);
        TEXTS.put("themes", EventRowViewModel::themes);
    }

    private final EventsViewModel viewModel;
    /** Up to this many collation keys are made on the JavaFX thread while sorting (a few ms). */
    private int keysMadeWhileSorting = 2_000;
    /** True while a sort waits for its collation keys. */
    private final BooleanProperty sorting = new SimpleBooleanProperty();

    public EventsView(EventsViewModel viewModel, Messages messages, Supplier<Window> owner) {
        super(viewModel, messages, new Names("events", "Event", "eventsTable", "eventFilter", "eventCount"));
        this.viewModel = viewModel;
        viewModel.setEditorOpener(editor -> new EventEditorView(editor, messages).show(owner.get()));
        // The collation keys of the lines' texts are made in the background once they are read,
        // so that the first sort by a text column does not make them on the JavaFX thread (at
        // 100 000 events more than a second for the titles).
        viewModel.setSortPreparer(lines -> TEXTS.values().forEach(text -> byCollator().prepare(texts(lines, text))));
        // The sorted lines follow the table's order by this screen rather than by a binding, so
        // that a sort by a text column whose keys are not all made yet (in the first seconds after
        // opening, at 100 000 events) makes them in the background and sorts when they are there,
        // instead of holding the JavaFX thread for a second.
        sortLinesBy(this::sortBy);
        showStatus(Bindings.when(sorting).then(messages.get("events.sorting")).otherwise(viewModel.statusProperty()));
    }

    @Override
    protected List<TableColumn<EventRowViewModel, ?>> columns(Comparator<String> byCollator) {
        TableColumn<EventRowViewModel, EventRowViewModel> date = new TableColumn<>(messages.get("events.column.date"));
        date.setId("date");
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
        date.setSortType(TableColumn.SortType.DESCENDING);
        TableColumn<EventRowViewModel, Integer> edition = new TableColumn<>(messages.get("events.column.edition"));
        edition.setId("edition");
        edition.setCellValueFactory(c -> c.getValue().editionProperty());
        edition.setComparator(Comparator.nullsFirst(Comparator.naturalOrder()));
        edition.setPrefWidth(70);
        edition.setMinWidth(65);
        TableColumn<EventRowViewModel, Integer> participants =
                new TableColumn<>(messages.get("events.column.participants"));
        participants.setId("participants");
        participants.setCellValueFactory(c -> c.getValue().participantsProperty());
        participants.setPrefWidth(100);
        participants.setMinWidth(95);
        return List.of(date,
                textColumn("events.column.title", "title", 380, byCollator, EventRowViewModel::titleProperty),
                edition,
                textColumn("events.column.place", "place", 160, byCollator, EventRowViewModel::placeProperty),
                textColumn("events.column.organisers", "organisers", 150, byCollator,
                        EventRowViewModel::organisersProperty),
                participants,
                textColumn("events.column.themes", "themes", 260, byCollator, EventRowViewModel::themesProperty));
    }

    /** For tests on small catalogues: how many keys a sort may make on the JavaFX thread. */
    void makeKeysWhileSortingUpTo(int keys) {
        this.keysMadeWhileSorting = keys;
    }

    /**
     * Sorts the lines in the table's order: at once when the sorted text columns have their
     * collation keys (all but a few), else after making them in the background; meanwhile the
     * status line says so. A newer order overtakes one still waiting.
     */
    private void sortBy(SortedList<EventRowViewModel> sorted, Comparator<EventRowViewModel> order) {
        List<EventRowViewModel> lines = List.copyOf(viewModel.rows());
        List<Function<EventRowViewModel, String>> lacking = tableView().getSortOrder().stream()
                .map(column -> TEXTS.get(column.getId()))
                .filter(Objects::nonNull)
                .filter(text -> !byCollator().hasKeys(texts(lines, text), keysMadeWhileSorting))
                .toList();
        if (lacking.isEmpty()) {
            sorted.setComparator(rowOrder(order));
            return;
        }
        sorting.set(true);
        viewModel.prepareSortThen(() -> lacking.forEach(text -> byCollator().prepare(texts(lines, text))), () -> {
            if (tableView().getComparator() == order) {
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
        for (TableColumn<EventRowViewModel, ?> column : tableView().getSortOrder()) {
            Function<EventRowViewModel, String> text = TEXTS.get(column.getId());
            if (text == null) {
                return tableOrder;
            }
            Comparator<EventRowViewModel> byText = Comparator.comparing(text, Comparator.nullsFirst(byCollator()));
            if (column.getSortType() == TableColumn.SortType.DESCENDING) {
                byText = byText.reversed();
            }
            rows = rows == null ? byText : rows.thenComparing(byText);
        }
        return rows == null ? tableOrder : rows;
    }

    private static Iterable<String> texts(List<EventRowViewModel> lines, Function<EventRowViewModel, String> text) {
        return () -> lines.stream().map(text).iterator();
    }

    /** Adds "Report…": the selected event's attendance report, opened by {@code opener} with the event's key. */
    public void enableReports(Consumer<UUID> opener) {
        Button report = new Button(messages.get("reports.eventButton"));
        report.setId("eventReportButton");
        report.setTooltip(new Tooltip(messages.get("reports.eventButtonTooltip")));
        report.disableProperty().bind(tableView().getSelectionModel().selectedItemProperty().isNull());
        report.setOnAction(e -> opener.accept(selected().id()));
        addAfterDelete(report);
    }

    /** Reads the events again (other screens may have changed them), keeping the selected one. */
    @Override
    public void shown() {
        EventRowViewModel row = selected();
        viewModel.load(row == null ? null : row.id());
    }
}
