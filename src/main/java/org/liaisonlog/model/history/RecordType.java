package org.liaisonlog.model.history;

/** The kinds of record whose changes are kept. */
public enum RecordType {
    EVENT,
    TRIP,
    PERSON,
    ORGANISATION,
    THEME
}
