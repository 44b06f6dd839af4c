package org.liaisonlog.gui.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventSummary;

/** The events screen: the table's lines, the filter, and the commands new, open and delete. */
public final class EventsViewModel extends RecordTableModel<EventRowViewModel, Event> {

    /** How many lines (the newest events) the table shows first when opened, while all are read. */
    public static final int FIRST_LINES = 200;
    /** How many lines' sorting is prepared in one background task. */
    private static final int SORT_SLICE = 5_000;

    private final EventService service;
    /** Counts the loads, so that only the latest one fills the table. */
    private int loads;
    /** The event to select once the latest load is shown (a load overtaken by another passes it on). */
    private UUID pendingSaved;
    private Consumer<List<EventRowViewModel>> sortPreparer;
    private Consumer<EventEditorViewModel> editorOpener = editor -> { };
    private Consumer<Event> tripLogger;
    private Consumer<UUID> reportOpener;

    public EventsViewModel(EventService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public EventsViewModel(EventService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                           UndoStack undo) {
        super("events", executor, dialogs, messages, undo);
        this.service = service;
    }

    /** Where an opened editor goes: the view shows it in a window. */
    public void setEditorOpener(Consumer<EventEditorViewModel> editorOpener) {
        this.editorOpener = editorOpener;
    }

    /** Where an editor's "Report…" goes with the event's key; without it editors do not offer the command. */
    public void setReportOpener(Consumer<UUID> reportOpener) {
        this.reportOpener = reportOpener;
    }

    /** Where "Log a trip to this event" goes (the trips screen). */
    public void setTripLogger(Consumer<Event> tripLogger) {
        this.tripLogger = tripLogger;
    }

    /** Reads the lines again, then points {@link #lastSavedProperty()} at the one with this key. */
    @Override
    public void load(UUID saved) {
        int load = ++loads;
        if (saved != null) {
            pendingSaved = saved;
        }
        setLoading(true);
        String language = messages.language();
        // Opened for the first time: the newest lines first, a screenful read at once whatever the
        // catalogue's size, then all of them (at 100 000 events more than a second). A reload keeps
        // the lines shown until the new ones are there.
        AtomicReference<List<EventRowViewModel>> first = new AtomicReference<>(List.of());
        if (allLines().isEmpty()) {
            executor.run(() -> {
                first.set(lines(service.newest(language, FIRST_LINES), language, List.of()));
                return first.get();
            }, lines -> {
                if (load == loads && isLoading() && allLines().isEmpty()) {
                    showMeanwhile(lines);
                    if (lines.size() == FIRST_LINES && rows().size() == allLines().size()) {
                        setStatus(messages.format("events.countFirst", lines.size()));
                    }
                }
            }, error -> { }); // the load of all lines below fails the same way, and says so
        }
        // The lines are made in the background too: at 100 000 events that is a good part of a second.
        executor.run(() -> lines(service.list(language), language, first.get()), lines -> {
            if (load != loads) {
                return;
            }
            UUID select = pendingSaved;
            pendingSaved = null;
            show(lines, select);
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

    @Override
    protected Optional<Event> find(UUID id) {
        return service.find(id);
    }

    @Override
    protected void openEditor(Event event) {
        executor.run(service::editingData, data -> {
            EventEditorViewModel editor = new EventEditorViewModel(event, data, service, executor,
                    dialogs, messages, this::load);
            editor.setTripLogger(tripLogger);
            editor.setReportOpener(reportOpener);
            editor.setOnDeleted(this::offerUndo);
            editorOpener.accept(editor);
        }, this::failed);
    }

    @Override
    protected String describe(EventRowViewModel line) {
        return line.titleProperty().get();
    }

    @Override
    protected void showGone() {
        dialogs.showError(messages.get("error.eventGone"), messages.get("error.eventGoneDetail"));
    }

    @Override
    protected Optional<Deleted> deleteNow(EventRowViewModel line) {
        return service.delete(line.id());
    }

    /** Says why a delete failed; the table stays as it is. */
    @Override
    protected void deleteFailed(Throwable error) {
        failed(error);
    }
}
