package org.liaisonlog.logic.event;

/** The fields of an event a validation problem can point at. */
public enum EventField {
    TITLE,
    KIND,
    ORGANISERS,
    EDITION,
    START,
    END,
    ATTENDANCE,
    SOURCES
}
