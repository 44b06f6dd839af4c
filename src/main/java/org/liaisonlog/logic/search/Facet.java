package org.liaisonlog.logic.search;

/** The event filters that come with counts; each names the kind of key its values have. */
public enum Facet {
    /** Keys: {@code EventKind} names ("CONFERENCE"). */
    EVENT_KIND,
    /** Keys: the year of the event's first day ("2018"); helps choosing a period. */
    YEAR,
    /** Keys: ISO 3166 country codes ("UZ") of where the event took place. */
    COUNTRY,
    /** Keys: city names as first written (the label is the same). */
    CITY,
    /** Keys: organisation ids (UUID strings). */
    ORGANISER,
    /** Keys: theme ids (UUID strings); a theme counts the events of its sub-themes too. */
    THEME,
    /** Keys: organisation ids (UUID strings). */
    ATTENDING_ORGANISATION,
    /** Keys: ISO 3166 country codes. */
    ATTENDING_COUNTRY,
    /** Keys: {@code Capacity} names ("MEMBER_STATE"). */
    CAPACITY
}
