package org.liaisonlog.gui.editor;

import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * What the record editors share: the record being edited (null for a new one), whether the form
 * was changed and is being saved, what went wrong, and the commands Save, Cancel, Delete and
 * Report. Save stores the record in the background; on success it closes the editor and tells
 * the list, on failure it keeps everything as typed and says why. A subclass holds the form,
 * says what record stands in it, checks it and stores it.
 *
 * @param <R> the record edited
 */
public abstract class RecordEditorViewModel<R> {

    protected final R original;
    protected final TaskExecutor executor;
    protected final DialogService dialogs;
    protected final Messages messages;
    private final Function<R, UUID> key;
    private final Consumer<UUID> onSaved;
    private final EditorTexts texts;

    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    private final BooleanProperty changed = new SimpleBooleanProperty(false);
    /** Marks the form changed and checks it again; every input of the form gets it. */
    protected final InvalidationListener onInput = o -> inputChanged();
    private Runnable closer = () -> { };
    private Consumer<Deleted> onDeleted = deleted -> { };
    private Consumer<UUID> reportOpener;

    protected RecordEditorViewModel(R original, Function<R, UUID> key, TaskExecutor executor, DialogService dialogs,
                                    Messages messages, Consumer<UUID> onSaved, EditorTexts texts) {
        this.original = original;
        this.key = key;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onSaved = onSaved;
        this.texts = texts;
    }

    /** The record as it stands in the form. */
    protected abstract R candidate();

    /** Checks the form again and puts each problem at its field. */
    protected abstract void revalidate();

    /**
     * Stores the record (with whatever it brings along) in the background, then hands its key to
     * {@code saved} or the failure to {@code failed}.
     */
    protected abstract void store(R record, Consumer<UUID> saved, Consumer<Throwable> failed);

    /** True when the form may be saved. */
    public abstract ReadOnlyBooleanProperty validProperty();

    /** Listens to the inputs of the form: any change marks it changed and checks it again. */
    protected final void listenTo(Observable... inputs) {
        for (Observable input : inputs) {
            input.addListener(onInput);
        }
    }

    /** Marks the form changed and checks it again. */
    protected final void inputChanged() {
        changed.set(true);
        revalidate();
    }

    /** Saves in the background; on success closes the editor and refreshes the table. */
    public final void save() {
        save(() -> { });
    }

    /** Saves; once stored and the editor closed, runs {@code then}. */
    private void save(Runnable then) {
        if (!validProperty().get() || saving.get()) {
            return;
        }
        R record = candidate();
        saving.set(true);
        saveError.set(null);
        store(record, id -> {
            saving.set(false);
            changed.set(false);
            onSaved.accept(id);
            closer.run();
            then.run();
        }, error -> {
            saving.set(false);
            saveError.set(messages.format(texts.saveFailed(), ErrorTexts.describe(error, messages)));
        });
    }

    /** Ends a save that was given up before anything was stored (the user closed a question). */
    protected final void savingGivenUp() {
        saving.set(false);
    }

    /** Closes the editor, asking first when something typed would be lost. */
    public final void cancel() {
        if (!changed.get() || dialogs.confirm(messages.get(texts.discardQuestion()), messages.get(texts.discardDetail()),
                messages.get("action.discard"), messages.get("action.keepEditing"))) {
            closer.run();
        }
    }

    /**
     * Deletes the record being edited after asking {@code question} (with the message
     * {@code detailKey} under it); an editor of a new record just closes.
     */
    protected final void delete(Supplier<String> question, String detailKey, Callable<Deleted> work) {
        if (original == null) {
            closer.run();
            return;
        }
        if (dialogs.confirm(question.get(), messages.get(detailKey), messages.get("action.delete"))) {
            executor.run(work, deleted -> {
                onDeleted.accept(deleted);
                onSaved.accept(null);
                closer.run();
            }, error -> saveError.set(messages.format(texts.deleteFailed(), ErrorTexts.describe(error, messages))));
        }
    }

    /** Where a deletion from the editor goes, so that it can be undone. */
    public void setOnDeleted(Consumer<Deleted> onDeleted) {
        this.onDeleted = onDeleted;
    }

    /** Where "Report…" goes with the record's key (the reports screen); without one the command is not offered. */
    public void setReportOpener(Consumer<UUID> reportOpener) {
        this.reportOpener = reportOpener;
    }

    public boolean offersReport() {
        return reportOpener != null;
    }

    /**
     * Closes the editor and shows the record's report. Reports are made from the catalogue, so
     * unsaved changes are saved first, after asking; "no" leaves the editor as it was.
     */
    public void report() {
        if (reportOpener == null || original == null || saving.get() || changed.get() && !validProperty().get()) {
            return;
        }
        UUID id = key.apply(original);
        if (!changed.get()) {
            closer.run();
            reportOpener.accept(id);
        } else if (dialogs.confirm(messages.get(texts.reportSaveQuestion()), messages.get("editor.reportSaveDetail"),
                messages.get("editor.reportSave"))) {
            save(() -> reportOpener.accept(id));
        }
    }

    /** A stored text as the form shows it: empty for none. */
    protected static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** A text of the form as stored: stripped, none when blank. */
    protected static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Closes the editor without asking. */
    protected final void close() {
        closer.run();
    }

    /** Shows why something the editor read or stored failed, above the form. */
    protected final void showError(String text) {
        saveError.set(text);
    }

    public void setCloser(Runnable closer) {
        this.closer = closer;
    }

    public boolean isNew() {
        return original == null;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveErrorProperty() {
        return saveError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed;
    }
}
