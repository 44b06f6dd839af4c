package org.liaisonlog.gui.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventSummary;

/** The events screen: the table's lines, the filter, and the commands new, open and delete. */
public final class EventsViewModel {

    private final EventService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<EventRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<EventRowViewModel> filteredRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<EventRowViewModel> lastSaved = new ReadOnlyObjectWrapper<>();
    /** How many lines (the newest events) the table shows first when opened, while all are read. */
    public static final int FIRST_LINES = 200;
    /** How many lines' sorting is prepared in one background task. */
    private static final int SORT_SLICE = 5_000;

    /** Counts the loads, so that only the latest one fills the table. */
    private int loads;
    /** The event to select once the latest load is shown (a load overtaken by another passes it on). */
    private UUID pendingSaved;
    private Consumer<List<EventRowViewModel>> sortPreparer;
    private Consumer<EventEditorViewModel> editorOpener = editor -> { };
    private Consumer<Event> tripLogger;
    private Consumer<UUID> reportOpener;
    private final UndoStack undo;

    public EventsViewModel(EventService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public EventsViewModel(EventService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                           UndoStack undo) {
        this.undo = undo;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    /** Where an opened editor goes: the view shows it in a window. */
    public void setEditorOpener(Consumer<EventEditorViewModel> editorOpener) {
        this.editorOpener = editorOpener;
    }

    /** Where "Log a trip to this event" goes (the trips screen). */
    /** Where an editor's "Report…" goes with the event's key; without it editors do not offer the command. */
    public void setReportOpener(Consumer<UUID> reportOpener) {
        this.reportOpener = reportOpener;
    }

    public void setTripLogger(Consumer<Event> tripLogger) {
        this.tripLogger = tripLogger;
    }

    /** Opens the event with this key in its editor (from another screen). */
    public void openById(UUID id) {
        executor.run(() -> service.find(id), found -> found.ifPresent(e -> openEditor(found)), this::failed);
    }

    /** Reads the table's lines again from the catalogue, in the background. */
    public void load() {
        load(null);
    }

    /** Reads the lines again, then points {@link #lastSavedProperty()} at the one with this key. */
    public void load(UUID saved) {
        int load = ++loads;
        if (saved != null) {
            pendingSaved = saved;
        }
        loading.set(true);
        String language = messages.language();
        // Opened for the first time: the newest lines first, a screenful read at once whatever the
        // catalogue's size, then all of them (at 100 000 events more than a second). A reload keeps
        // the lines shown until the new ones are there.
        AtomicReference<List<EventRowViewModel>> first = new AtomicReference<>(List.of());
        if (rows.isEmpty()) {
            executor.run(() -> {
                first.set(lines(service.newest(language, FIRST_LINES), language, List.of()));
                return first.get();
            }, lines -> {
                if (load == loads && loading.get() && rows.isEmpty()) {
                    rows.setAll(lines);
                    updateStatus();
                    if (lines.size() == FIRST_LINES && filteredRows.size() == rows.size()) {
                        status.set(messages.format("events.countFirst", lines.size()));
                    }
                }
            }, error -> { }); // the load of all lines below fails the same way, and says so
        }
        // The lines are made in the background too: at 100 000 events that is a good part of a second.
        executor.run(() -> lines(service.list(language), language, first.get()), lines -> {
            if (load != loads) {
                return;
            }
            rows.setAll(lines);
            loading.set(false);
            updateStatus();
            UUID select = pendingSaved;
            pendingSaved = null;
            lastSaved.set(select == null ? null
                    : rows.stream().filter(r -> r.id().equals(select)).findFirst().orElse(null));
            prepareSort(load, lines, 0);
        }, this::failed);
    }

    /** The lines of these events; those already shown (same event, same content) are reused. */
    private static List<EventRowViewModel> lines(EventService.EventList list, String language,
            List<EventRowViewModel> shown) {
        Map<UUID, EventRowViewModel> reusable = new HashMap<>();
        for (EventRowViewModel row : shown) {
            reusable.put(row.id(), row);
        }
        List<EventRowViewModel> lines = new ArrayList<>(list.events().size());
        for (EventSummary event : list.events()) {
            EventRowViewModel row = reusable.get(event.id());
            lines.add(row != null && row.summary().equals(event) ? row
                    : new EventRowViewModel(event, list.countries(), language));
        }
        return lines;
    }

    /**
     * Where the view prepares its sorting of the lines (the collation keys of their texts), in the
     * background, right after they are read, so that the first sort by a text column is as fast as
     * the next. The lines come in slices, each its own background task, so that whatever the user
     * asks for meanwhile (opening an event) waits at most for one slice.
     */
    public void setSortPreparer(Consumer<List<EventRowViewModel>> sortPreparer) {
        this.sortPreparer = sortPreparer;
    }

    private void prepareSort(int load, List<EventRowViewModel> lines, int from) {
        if (sortPreparer == null || load != loads || from >= lines.size()) {
            return;
        }
        List<EventRowViewModel> slice = lines.subList(from, Math.min(lines.size(), from + SORT_SLICE));
        Consumer<List<EventRowViewModel>> preparer = sortPreparer;
        executor.run(() -> {
            preparer.accept(slice);
            return slice.size();
        }, done -> prepareSort(load, lines, from + done), error -> { }); // unprepared keys are made when sorting
    }

    /**
     * Runs the view's preparation of a sort (the collation keys a column lacks) in the background,
     * then {@code then} on the JavaFX thread, also when the preparation failed (the sort then
     * makes the keys itself).
     */
    public void prepareSortThen(Runnable preparation, Runnable then) {
        executor.run(() -> {
            preparation.run();
            return true;
        }, done -> then.run(), error -> then.run());
    }

    public void newEvent() {
        openEditor(Optional.empty());
    }

    public void open(EventRowViewModel row) {
        if (row != null) {
            executor.run(() -> service.find(row.id()), found -> {
                if (found.isPresent()) {
                    openEditor(found);
                } else {
                    dialogs.showError(messages.get("error.eventGone"), messages.get("error.eventGoneDetail"));
                    load();
                }
            }, this::failed);
        }
    }

    private void openEditor(Optional<Event> event) {
        executor.run(service::editingData, data -> {
            EventEditorViewModel editor = new EventEditorViewModel(event.orElse(null), data, service, executor,
                    dialogs, messages, this::load);
            editor.setTripLogger(tripLogger);
            editor.setReportOpener(reportOpener);
            editor.setOnDeleted(this::deleted);
            editorOpener.accept(editor);
        }, this::failed);
    }

    /** Deletes an event after asking; nothing happens when the user cancels. */
    public void delete(EventRowViewModel row) {
        if (row == null) {
            return;
        }
        boolean confirmed = dialogs.confirm(messages.format("events.deleteQuestion", row.titleProperty().get()),
                messages.get("events.deleteDetail"), messages.get("action.delete"));
        if (confirmed) {
            executor.run(() -> service.delete(row.id()), deleted -> {
                deleted.ifPresent(this::deleted);
                load();
            }, this::failed);
        }
    }

    /** Offers a deletion for undo; undoing it reloads the table and selects the event. */
    private void deleted(Deleted deleted) {
        undo.push(deleted, () -> load(deleted.recordId()));
    }

    private void failed(Throwable error) {
        loading.set(false);
        dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
    }

    private void applyFilter() {
        String[] words = Names.key(filter.get()).split(" ");
        boolean empty = words.length == 1 && words[0].isEmpty();
        filteredRows.setPredicate(empty ? null : row -> row.matches(words));
        updateStatus();
    }

    private void updateStatus() {
        status.set(filteredRows.size() == rows.size()
                ? messages.format("events.count", rows.size())
                : messages.format("events.countFiltered", filteredRows.size(), rows.size()));
    }

    /** The lines the filter lets through, in catalogue order; the view sorts them. */
    public ObservableList<EventRowViewModel> rows() {
        return filteredRows;
    }

    /** The line of the event saved last, once the table has been reloaded; the view selects it. */
    public ReadOnlyObjectProperty<EventRowViewModel> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
