package org.liaisonlog.logic.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.merge.MergeImpact;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.organisation.Organisation;

/** Stores organisations with their other names. */
public interface OrganisationRepository {

    Organisation insert(Organisation organisation);

    /**
     * Updates an organisation read at {@code organisation.stamp().version()}, replacing its other
     * names, and returns it as stored, with the next version.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when changed or deleted since
     */
    Organisation update(Organisation organisation);

    /**
     * Deletes an organisation read at {@code version}.
     *
     * @throws org.liaisonlog.logic.catalogue.CatalogueException with key
     *         {@code error.organisationInUse} when attendance, an event's organisers, a person or
     *         a sub-organisation still refers to it; nothing is deleted
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when changed or deleted since
     */
    void delete(UUID id, int version);

    Optional<Organisation> findById(UUID id);

    /** All organisations, sorted by name. */
    List<Organisation> findAll();

    int count();

    /** How many distinct events each organisation attended, by organisation; those with none are absent. */
    Map<UUID, Integer> eventCounts();

    /**
     * Every event the organisation attended, newest first; with {@code includeSubOrganisations},
     * also those of its whole subtree of sub-organisations.
     */
    List<AttendanceHistoryEntry> attendanceOfOrganisation(UUID organisationId, boolean includeSubOrganisations);

    /** What merging the organisation into another would move. */
    MergeImpact mergeImpact(UUID id);

    /**
     * Merges {@code from} into {@code into} in one transaction: every reference to {@code from}
     * moves to {@code into}; its sub-organisations' parent, people and organised events follow; its names are kept as other names of {@code into}, which
     * takes its next version; {@code from} is deleted.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when either is gone
     * @throws IllegalArgumentException when both are the same
     */
    void merge(UUID from, UUID into);
}
