package org.liaisonlog.gui;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * What the record screens' view models share (events, trips, people, organisations): the table's
 * lines and the filter over them, loading and the status line ("12 people", "3 of 12"), the line
 * saved last, and the commands new, open (with "it is gone" when another window deleted it) and
 * delete (asked first, then offered for undo). A screen reads its records and makes its lines.
 *
 * <p>Texts come from the bundles under the screen's key prefix: {@code keys.count},
 * {@code keys.countFiltered}, {@code keys.gone}, {@code keys.goneDetail},
 * {@code keys.deleteQuestion} and {@code keys.deleteDetail}.
 *
 * @param <R> the table's line
 * @param <T> the record a line shows
 */
public abstract class RecordTableModel<R extends RecordTableModel.Line, T> implements RecordTableScreen.Model<R> {

    /** A line of the table: its record's key, and whether it has every word of the filter. */
    public interface Line {
        UUID id();

        boolean matches(String[] filterWords);
    }

    protected final TaskExecutor executor;
    protected final DialogService dialogs;
    protected final Messages messages;
    protected final UndoStack undo;
    private final String keys;
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final FilteredList<R> filteredRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper filteredOut = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<R> lastSaved = new ReadOnlyObjectWrapper<>();

    protected RecordTableModel(String keys, TaskExecutor executor, DialogService dialogs, Messages messages,
                               UndoStack undo) {
        this.keys = keys;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.undo = undo;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    /** Reads the records again and shows them with {@link #show}; then selects the one with key {@code saved}. */
    protected abstract void load(UUID saved);

    /** Finds a record by its key (in the background); empty when it is gone. */
    protected abstract Optional<T> find(UUID id) throws Exception;

    /** Opens the editor on this record, or on a new one when it is null. */
    protected abstract void openEditor(T record);

    /** How the delete question names the line's record. */
    protected abstract String describe(R line);

    /** Deletes the line's record (in the background); what was deleted, for undo. */
    protected abstract Optional<Deleted> deleteNow(R line) throws Exception;

    @Override
    public void load() {
        load(null);
    }

    @Override
    public void newRecord() {
        openEditor(null);
    }

    /** Opens the record with this key in the editor (from the search screen); nothing when it is gone. */
    public void openById(UUID id) {
        executor.run(() -> find(id), found -> found.ifPresent(this::openEditor), this::failed);
    }

    @Override
    public void open(R line) {
        if (line == null) {
            return;
        }
        executor.run(() -> find(line.id()), found -> {
            if (found.isPresent()) {
                openEditor(found.get());
            } else {
                showGone();
                load();
            }
        }, this::failed);
    }

    /** Says that a line's record is no longer in the catalogue (deleted in another window). */
    protected void showGone() {
        dialogs.showError(messages.get(keys + ".gone"), messages.get(keys + ".goneDetail"));
    }

    /** Deletes a line's record after asking; refused, with the reason, while anything refers to it. */
    @Override
    public void delete(R line) {
        if (line == null || !dialogs.confirm(messages.format(keys + ".deleteQuestion", describe(line)),
                messages.get(keys + ".deleteDetail"), messages.get("action.delete"))) {
            return;
        }
        executor.run(() -> deleteNow(line), deleted -> {
            deleted.ifPresent(this::offerUndo);
            load();
        }, this::deleteFailed);
    }

    /** Says why a delete failed, then reads the table again (the record may have been refused or changed). */
    protected void deleteFailed(Throwable error) {
        failed(error);
        load();
    }

    /** Offers a deletion for undo; undoing it reloads the table with the record selected. */
    protected void offerUndo(Deleted deleted) {
        undo.push(deleted, () -> load(deleted.recordId()));
    }

    /** Shows these lines, loading done; then points {@link #lastSavedProperty()} at the one with key {@code saved}. */
    protected void show(List<R> lines, UUID saved) {
        rows.setAll(lines);
        loading.set(false);
        updateStatus();
        lastSaved.set(saved == null ? null : rows.stream().filter(r -> r.id().equals(saved)).findFirst().orElse(null));
    }

    /** Shows lines while loading goes on (a first screenful). */
    protected void showMeanwhile(List<R> lines) {
        rows.setAll(lines);
        updateStatus();
    }

    protected void setLoading(boolean value) {
        loading.set(value);
    }

    protected boolean isLoading() {
        return loading.get();
    }

    /** All lines, the filter disregarded. */
    protected List<R> allLines() {
        return rows;
    }

    protected void setStatus(String text) {
        status.set(text);
    }

    protected void failed(Throwable error) {
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
        filteredOut.set(filteredRows.isEmpty() && !rows.isEmpty());
        status.set(filteredRows.size() == rows.size()
                ? messages.format(keys + ".count", rows.size())
                : messages.format(keys + ".countFiltered", filteredRows.size(), rows.size()));
    }

    /** The lines the filter lets through, in catalogue order; the view sorts them. */
    @Override
    public ObservableList<R> rows() {
        return filteredRows;
    }

    /** The line of the record saved last, once the table has been reloaded; the view selects it. */
    @Override
    public ReadOnlyObjectProperty<R> lastSavedProperty() {
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

    /** True while there are lines but the filter lets none of them through. */
    @Override
    public ReadOnlyBooleanProperty filteredOutProperty() {
        return filteredOut.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
