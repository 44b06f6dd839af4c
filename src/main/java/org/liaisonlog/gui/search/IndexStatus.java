package org.liaisonlog.gui.search;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.search.IndexState;

/** What the search screen shows of the index being built: a line, a progress, whether it is still going. */
final class IndexStatus {

    private final Messages messages;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper indexing = new ReadOnlyBooleanWrapper(false);

    IndexStatus(Messages messages) {
        this.messages = messages;
    }

    void show(IndexState state) {
        switch (state.phase()) {
            case READY -> {
                indexing.set(false);
                text.set("");
                progress.set(1);
            }
            case FAILED -> {
                indexing.set(false);
                text.set(messages.get("search.indexFailed"));
            }
            case NOT_STARTED, BUILDING -> {
                indexing.set(true);
                progress.set(state.total() > 0 ? state.progress() : -1);
                text.set(state.total() > 0
                        ? messages.format("search.indexing", (int) Math.floor(state.progress() * 100))
                        : messages.get("search.indexStarting"));
            }
        }
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
    }
}
