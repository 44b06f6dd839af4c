package org.liaisonlog.gui.history;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.history.ChangeEntry;

/** A record's change history as an editor shows it: read in the background, newest first. */
public final class HistoryViewModel {

    private final TaskExecutor executor;
    private final Callable<List<ChangeEntry>> reader;
    private final ObservableList<ChangeEntry> entries = FXCollections.observableArrayList();

    /** {@code reader} reads the record's history through its service; null for a record not yet saved. */
    public HistoryViewModel(TaskExecutor executor, Callable<List<ChangeEntry>> reader) {
        this.executor = executor;
        this.reader = reader;
    }

    /** Reads the history again; a failure leaves the list empty (the history is not essential). */
    public void load() {
        if (reader != null) {
            executor.run(reader, entries::setAll, error -> entries.clear());
        }
    }

    public ObservableList<ChangeEntry> entries() {
        return entries;
    }
}
