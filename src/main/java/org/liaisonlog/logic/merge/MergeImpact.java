package org.liaisonlog.logic.merge;

/**
 * What merging a record into another moves: the attendance lines naming it, the events it
 * organises, the people who belong to it, its sub-organisations and the trips it travels on.
 */
public record MergeImpact(int attendanceLines, int eventsOrganised, int people, int subOrganisations, int trips) {
}
