package org.liaisonlog.logic.history;

import java.util.List;
import java.util.UUID;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;

/** Shorthands for the entries the services record. */
public final class Changes {

    private Changes() {
    }

    /** A change to one record; id and time are set by {@link ChangeHistory#record}. */
    public static ChangeEntry entry(ChangeKind kind, RecordType type, UUID recordId, String label,
                                    List<FieldChange> details) {
        return new ChangeEntry(null, null, kind, type, recordId, label, details);
    }

    /** A create, delete or restore: the record only, no details. */
    public static ChangeEntry entry(ChangeKind kind, RecordType type, UUID recordId, String label) {
        return entry(kind, type, recordId, label, List.of());
    }
}
