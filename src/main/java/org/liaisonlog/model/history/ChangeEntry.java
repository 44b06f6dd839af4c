package org.liaisonlog.model.history;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One change to a record, as the change history keeps it.
 *
 * @param details what changed, one line a field: the field's name (a resource-bundle key
 *                suffix, e.g. "title"), the value before and the value after; empty for a create
 *                or delete that names only the record
 * @param label   the record's title or name at the time of the change
 */
public record ChangeEntry(UUID id, Instant at, ChangeKind kind, RecordType type, UUID recordId, String label,
                          List<FieldChange> details) {

    public ChangeEntry {
        details = List.copyOf(details);
    }

    /** One field's value before and after a change (either may be empty). */
    public record FieldChange(String field, String before, String after) {
    }
}
