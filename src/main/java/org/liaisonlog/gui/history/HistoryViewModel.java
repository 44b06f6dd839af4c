package org.liaisonlog.gui.history;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.history.ChangeEntry;

/** A record's change history as an editor shows it: read in the background, newest first. */
public final class HistoryViewModel {

    private final TaskExecutor executor;
    private final Callable<List<ChangeEntry>> reader;
    private final UnaryOperator<String> countryName;
    private final ObservableList<ChangeEntry> entries = FXCollections.observableArrayList();

    /** {@code reader} reads the record's history through its service; null for a record not yet saved. */
    public HistoryViewModel(TaskExecutor executor, Callable<List<ChangeEntry>> reader) {
        this(executor, reader, UnaryOperator.identity());
    }

    /** For a record with a country: {@code countryName} names a stored country code in the interface language. */
    public HistoryViewModel(TaskExecutor executor, Callable<List<ChangeEntry>> reader,
                            UnaryOperator<String> countryName) {
        this.executor = executor;
        this.reader = reader;
        this.countryName = countryName;
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

    /** The name of a country code as the history shows it. */
    public UnaryOperator<String> countryName() {
        return countryName;
    }
}
