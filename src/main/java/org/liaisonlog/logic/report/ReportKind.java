package org.liaisonlog.logic.report;

/** The reports Liaison Log prints. */
public enum ReportKind {
    /** The official list of participants of an event. */
    ATTENDANCE,
    /** A sign-in sheet for an upcoming event: expected participants with room to sign. */
    SIGN_IN,
    /** A mission report of a trip. */
    TRIP,
    /** Trips and events in a date range, with counts by country, theme and organisation. */
    SUMMARY
}
