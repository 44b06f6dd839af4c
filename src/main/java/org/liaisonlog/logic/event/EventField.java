package org.liaisonlog.logic.event;

/** The fields of an event a validation problem can point at. */
public enum EventField {
    TITLE,
    KIND,
    EDITION,
    START,
    END,
    ATTENDANCE
}
