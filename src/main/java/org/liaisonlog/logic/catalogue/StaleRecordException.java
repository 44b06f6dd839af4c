package org.liaisonlog.logic.catalogue;

import java.util.UUID;

/**
 * A save found the record changed (or deleted) since it was read: somebody else saved first.
 * Nothing was written.
 */
public class StaleRecordException extends CatalogueException {

    private final UUID recordId;

    public StaleRecordException(UUID recordId) {
        super("error.staleRecord", "The record was changed elsewhere since it was opened; nothing was saved");
        this.recordId = recordId;
    }

    public UUID recordId() {
        return recordId;
    }
}
