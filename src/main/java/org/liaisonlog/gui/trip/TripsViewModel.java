package org.liaisonlog.gui.trip;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.trip.Trip;

/** The trips screen: the table's lines, the filter, and the commands new, open and delete. */
public final class TripsViewModel extends RecordTableModel<TripRowViewModel, Trip> {

    private final TripService service;
    private Consumer<TripEditorViewModel> editorOpener = editor -> { };
    private Consumer<UUID> eventOpener = id -> { };
    private Consumer<UUID> reportOpener;

    public TripsViewModel(TripService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public TripsViewModel(TripService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                          UndoStack undo) {
        super("trips", executor, dialogs, messages, undo);
        this.service = service;
    }

    /** Where an opened editor goes: the view shows it in a window. */
    public void setEditorOpener(Consumer<TripEditorViewModel> editorOpener) {
        this.editorOpener = editorOpener;
    }

    /** Where an editor's "Report…" goes with the trip's key; without it editors do not offer the command. */
    public void setReportOpener(Consumer<UUID> reportOpener) {
        this.reportOpener = reportOpener;
    }

    /** Where a trip's events open, from its editor. */
    public void setEventOpener(Consumer<UUID> eventOpener) {
        this.eventOpener = eventOpener;
    }

    @Override
    protected void load(UUID saved) {
        setLoading(true);
        String language = messages.language();
        executor.run(() -> service.list(language),
                list -> show(list.stream().map(t -> new TripRowViewModel(t, messages)).toList(), saved), this::failed);
    }

    /**
     * Opens the editor on a new trip to an event: the event attended, a leg at its place and
     * dates, and the purpose "To participate in …" (for the events screen's "log a trip").
     */
    public void newTripFor(UUID eventId, String city, String countryCode, PartialDate start, PartialDate end,
                           String title) {
        openEditor(null, editor -> editor.prefillForEvent(eventId, city, countryCode, start, end, title));
    }

    @Override
    protected Optional<Trip> find(UUID id) {
        return service.find(id);
    }

    @Override
    protected void openEditor(Trip trip) {
        openEditor(trip, editor -> { });
    }

    private void openEditor(Trip trip, Consumer<TripEditorViewModel> prepare) {
        executor.run(service::editingData, data -> {
            TripEditorViewModel editor = new TripEditorViewModel(trip, data, service, executor, dialogs, messages,
                    this::load);
            editor.setEventOpener(eventOpener);
            editor.setReportOpener(reportOpener);
            editor.setOnDeleted(this::offerUndo);
            prepare.accept(editor);
            editorOpener.accept(editor);
        }, this::failed);
    }

    @Override
    protected String describe(TripRowViewModel line) {
        return line.purposeProperty().get();
    }

    /** Deletes the trip; nothing when it was deleted meanwhile. */
    @Override
    protected Optional<Deleted> deleteNow(TripRowViewModel line) {
        return service.delete(line.id());
    }
}
