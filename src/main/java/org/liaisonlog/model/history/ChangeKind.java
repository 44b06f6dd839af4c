package org.liaisonlog.model.history;

/** What a change did to a record. */
public enum ChangeKind {
    CREATE,
    UPDATE,
    DELETE,
    MERGE,
    RESTORE
}
