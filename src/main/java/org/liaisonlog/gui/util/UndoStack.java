package org.liaisonlog.gui.util;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.history.RecordType;

/**
 * The deletions of this session that can still be undone, the last one on top. Owned by the
 * composition root and shared by the screens: a screen pushes what it deleted with what to do
 * once it is back (reload its table); Edit → Undo and the notice's Undo button pop it.
 */
public final class UndoStack {

    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    public UndoStack(TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        update();
    }

    /** Remembers a deletion; {@code restored} runs on the JavaFX thread once it is undone. */
    public void push(Deleted deleted, Runnable restored) {
        entries.push(new Entry(deleted, restored));
        notice.set(messages.format(noticeKey(deleted.type()), deleted.label()));
        update();
    }

    /** Puts back the last deletion, in the background; nothing happens when there is none. */
    public void undo() {
        Entry entry = entries.poll();
        notice.set("");
        update();
        if (entry == null) {
            return;
        }
        executor.run(() -> {
            entry.deleted().restore();
            return null;
        }, ignored -> entry.restored().run(),
                error -> dialogs.showError(messages.get("undo.failed"), ErrorTexts.describe(error, messages)));
    }

    /** Hides the notice of the last deletion; it can still be undone from the menu. */
    public void dismissNotice() {
        notice.set("");
    }

    private void update() {
        Entry top = entries.peek();
        canUndo.set(top != null);
        undoText.set(top == null ? messages.get("menu.undo")
                : messages.format(menuKey(top.deleted().type()), top.deleted().label()));
    }

    private static String noticeKey(RecordType type) {
        return switch (type) {
            case EVENT -> "undo.deletedEvent";
            case TRIP -> "undo.deletedTrip";
            case PERSON -> "undo.deletedPerson";
            case ORGANISATION -> "undo.deletedOrganisation";
            case THEME -> "undo.deletedTheme";
        };
    }

    private static String menuKey(RecordType type) {
        return switch (type) {
            case EVENT -> "menu.undoDeleteEvent";
            case TRIP -> "menu.undoDeleteTrip";
            case PERSON -> "menu.undoDeletePerson";
            case ORGANISATION -> "menu.undoDeleteOrganisation";
            case THEME -> "menu.undoDeleteTheme";
        };
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** The Edit menu's text: what Undo would do. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Event … deleted" right after a deletion; empty once undone or dismissed. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public int size() {
        return entries.size();
    }

    private record Entry(Deleted deleted, Runnable restored) {
    }
}
