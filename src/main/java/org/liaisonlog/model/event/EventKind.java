package org.liaisonlog.model.event;

/** What sort of gathering an event was. */
public enum EventKind {
    CONFERENCE,
    MEETING,
    WORKSHOP,
    SEMINAR,
    TRAINING,
    EXERCISE,
    VISIT,
    ROUND_TABLE,
    SUMMIT,
    OTHER
}
