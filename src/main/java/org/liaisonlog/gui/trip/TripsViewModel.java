package org.liaisonlog.gui.trip;

import java.util.UUID;
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
import org.liaisonlog.gui.RecordTableScreen;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.trip.Trip;

/** The trips screen: the table's lines, the filter, and the commands new, open and delete. */
public final class TripsViewModel implements RecordTableScreen.Model<TripRowViewModel> {

    private final TripService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<TripRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<TripRowViewModel> filteredRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TripRowViewModel> lastSaved = new ReadOnlyObjectWrapper<>();
    private Consumer<TripEditorViewModel> editorOpener = editor -> { };

    private Consumer<java.util.UUID> eventOpener = id -> { };
    private Consumer<java.util.UUID> reportOpener;
    private final UndoStack undo;

    public TripsViewModel(TripService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public TripsViewModel(TripService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                          UndoStack undo) {
        this.undo = undo;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    /** Where an opened editor goes: the view shows it in a window. */
    public void setEditorOpener(Consumer<TripEditorViewModel> editorOpener) {
        this.editorOpener = editorOpener;
    }

    /** Reads the table's lines again from the catalogue, in the background. */
    @Override
    public void load() {
        load(null);
    }

    /** Reads the lines again, then points {@link #lastSavedProperty()} at the one with this key. */
    private void load(UUID saved) {
        loading.set(true);
        String language = messages.language();
        executor.run(() -> service.list(language), list -> {
            rows.setAll(list.stream().map(t -> new TripRowViewModel(t, messages)).toList());
            loading.set(false);
            updateStatus();
            lastSaved.set(saved == null ? null
                    : rows.stream().filter(r -> r.id().equals(saved)).findFirst().orElse(null));
        }, this::failed);
    }

    @Override
    public void newRecord() {
        openEditor(null, editor -> { });
    }

    /**
     * Opens the editor on a new trip to an event: the event attended, a leg at its place and
     * dates, and the purpose "To participate in …" (for the events screen's "log a trip").
     */
    public void newTripFor(UUID eventId, String city, String countryCode, PartialDate start, PartialDate end,
                           String title) {
        openEditor(null, editor -> editor.prefillForEvent(eventId, city, countryCode, start, end, title));
    }

    /** Opens the trip with this key in its editor (from the search screen); nothing when it is gone. */
    public void openById(UUID id) {
        executor.run(() -> service.find(id), found -> found.ifPresent(trip -> openEditor(trip, editor -> { })),
                this::failed);
    }

    @Override
    public void open(TripRowViewModel row) {
        if (row != null) {
            executor.run(() -> service.find(row.id()), found -> {
                if (found.isPresent()) {
                    openEditor(found.get(), editor -> { });
                } else {
                    dialogs.showError(messages.get("trips.gone"), messages.get("trips.goneDetail"));
                    load();
                }
            }, this::failed);
        }
    }

    /** Where an editor's "Report…" goes with the trip's key; without it editors do not offer the command. */
    public void setReportOpener(Consumer<java.util.UUID> reportOpener) {
        this.reportOpener = reportOpener;
    }

    /** Where a trip's events open, from its editor. */
    public void setEventOpener(Consumer<java.util.UUID> eventOpener) {
        this.eventOpener = eventOpener;
    }

    private void openEditor(Trip trip, Consumer<TripEditorViewModel> prepare) {
        executor.run(service::editingData, data -> {
            TripEditorViewModel editor = new TripEditorViewModel(trip, data, service, executor, dialogs, messages,
                    this::load);
            editor.setEventOpener(eventOpener);
            editor.setReportOpener(reportOpener);
            editor.setOnDeleted(this::deleted);
            prepare.accept(editor);
            editorOpener.accept(editor);
        }, this::failed);
    }

    /** Deletes a trip after asking; nothing happens when the user cancels. */
    @Override
    public void delete(TripRowViewModel row) {
        if (row == null) {
            return;
        }
        boolean confirmed = dialogs.confirm(messages.format("trips.deleteQuestion", row.purposeProperty().get()),
                messages.get("trips.deleteDetail"), messages.get("action.delete"));
        if (confirmed) {
            executor.run(() -> service.delete(row.id()), deleted -> {
                deleted.ifPresent(this::deleted);
                load();
            }, this::failed);
        }
    }

    /** Offers a deletion for undo; undoing it reloads the table. */
    private void deleted(Deleted deleted) {
        undo.push(deleted, this::load);
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
                ? messages.format("trips.count", rows.size())
                : messages.format("trips.countFiltered", filteredRows.size(), rows.size()));
    }

    /** The lines the filter lets through, in catalogue order; the view sorts them. */
    @Override
    public ObservableList<TripRowViewModel> rows() {
        return filteredRows;
    }

    /** The line of the trip saved last, once the table has been reloaded; the view selects it. */
    @Override
    public ReadOnlyObjectProperty<TripRowViewModel> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    @Override
    public StringProperty filterProperty() {
        return filter;
    }

    @Override
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
