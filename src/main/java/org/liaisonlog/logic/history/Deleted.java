package org.liaisonlog.logic.history;

import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.history.RecordType;

/**
 * A record just deleted, kept whole so that the deletion can be undone: {@link #restore()} puts
 * the same record back, with the same keys and links, and records a RESTORE in the history, in
 * one transaction.
 */
public final class Deleted {

    private final RecordType type;
    private final UUID recordId;
    private final String label;
    private final Runnable restorer;

    public Deleted(RecordType type, UUID recordId, String label, Runnable restorer) {
        this.type = Objects.requireNonNull(type, "type");
        this.recordId = Objects.requireNonNull(recordId, "recordId");
        this.label = label == null ? "" : label;
        this.restorer = Objects.requireNonNull(restorer, "restorer");
    }

    public RecordType type() {
        return type;
    }

    public UUID recordId() {
        return recordId;
    }

    /** The record's title or name, for "Event … deleted". */
    public String label() {
        return label;
    }

    /**
     * Puts the record back.
     *
     * @throws org.liaisonlog.logic.catalogue.CatalogueException when it cannot be (a record it
     *         refers to was deleted since); nothing is written
     */
    public void restore() {
        restorer.run();
    }
}
