package org.liaisonlog.logic.search;

/** The kinds of record the search finds, in the order their groups are listed when scores tie. */
public enum RecordKind {
    EVENT,
    TRIP,
    PERSON,
    ORGANISATION,
    THEME
}
