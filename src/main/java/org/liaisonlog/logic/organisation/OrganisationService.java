package org.liaisonlog.logic.organisation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.history.Changes;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.history.RecordDifferences;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.organisation.Organisation;

/** Listing, saving and deleting organisations, and their attendance history. */
public final class OrganisationService {

    private final Catalogue catalogue;

    public OrganisationService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /**
     * Saves an organisation: inserts a new one, updates a stored one. Returns it as stored. The
     * parent check runs against the stored tree, in the same transaction as the write.
     *
     * @throws InvalidOrganisationException when it breaks a rule; nothing is written
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when changed elsewhere
     */
    public Organisation save(Organisation organisation) {
        return catalogue.transactions().inTransaction(() -> {
            List<Problem<OrganisationField>> problems =
                    OrganisationValidator.validate(organisation, parents(catalogue.organisations().findAll()));
            if (!problems.isEmpty()) {
                throw new InvalidOrganisationException(problems);
            }
            if (!organisation.stamp().isStored()) {
                Organisation saved = catalogue.organisations().insert(organisation);
                catalogue.history().record(Changes.entry(ChangeKind.CREATE, RecordType.ORGANISATION, saved.id(),
                        saved.displayName()));
                return saved;
            }
            Optional<Organisation> before = catalogue.organisations().findById(organisation.id());
            Organisation saved = catalogue.organisations().update(organisation);
            catalogue.history().record(Changes.entry(ChangeKind.UPDATE, RecordType.ORGANISATION, saved.id(),
                    saved.displayName(),
                    before.map(b -> RecordDifferences.of(b, saved, this::organisationName)).orElse(List.of())));
            return saved;
        });
    }

    /**
     * Deletes the organisation read at {@code version}; refused while anything refers to it.
     * Returns what it takes to put it back.
     */
    public Deleted delete(UUID id, int version) {
        return catalogue.transactions().inTransaction(() -> {
            Organisation organisation = catalogue.organisations().findById(id)
                    .orElseThrow(() -> new StaleRecordException(id));
            String label = organisation.displayName();
            catalogue.organisations().delete(id, version);
            catalogue.history().record(Changes.entry(ChangeKind.DELETE, RecordType.ORGANISATION, id, label));
            return new Deleted(RecordType.ORGANISATION, id, label, () -> catalogue.transactions().inTransaction(() -> {
                catalogue.organisations().insert(organisation);
                catalogue.history().record(Changes.entry(ChangeKind.RESTORE, RecordType.ORGANISATION, id, label));
            }));
        });
    }

    /** The organisation's changes, newest first. */
    public List<ChangeEntry> changes(UUID id) {
        return catalogue.history().forRecord(id);
    }

    private String organisationName(UUID id) {
        return catalogue.organisations().findById(id).map(Organisation::displayName).orElse("");
    }

    public Optional<Organisation> find(UUID id) {
        return catalogue.organisations().findById(id);
    }

    /** The table's content: every organisation, the countries and the event counts. */
    public OrganisationList list() {
        return new OrganisationList(catalogue.organisations().findAll(), countries(),
                catalogue.organisations().eventCounts());
    }

    /** What the editor offers to choose from. */
    public EditingData editingData() {
        return new EditingData(catalogue.organisations().findAll(), countries());
    }

    /** Every event the organisation (and, if asked, its sub-organisations) attended, newest first. */
    public List<AttendanceHistoryEntry> history(UUID organisationId, boolean includeSubOrganisations) {
        return catalogue.organisations().attendanceOfOrganisation(organisationId, includeSubOrganisations);
    }

    /** Each organisation's parent, by organisation, for those that have one. */
    public static Map<UUID, UUID> parents(List<Organisation> organisations) {
        Map<UUID, UUID> parents = new HashMap<>();
        organisations.stream().filter(o -> o.parentId() != null).forEach(o -> parents.put(o.id(), o.parentId()));
        return parents;
    }

    private CountryIndex countries() {
        return new CountryIndex(catalogue.countries().findAll());
    }

    /** The organisations table's content. */
    public record OrganisationList(List<Organisation> organisations, CountryIndex countries,
                                   Map<UUID, Integer> eventCounts) {
    }

    /** The organisations and countries an organisation's form offers. */
    public record EditingData(List<Organisation> organisations, CountryIndex countries) {
    }

    /** An organisation that breaks a rule; the problems say where. */
    public static final class InvalidOrganisationException extends CatalogueException {

        private final transient List<Problem<OrganisationField>> problems;

        public InvalidOrganisationException(List<Problem<OrganisationField>> problems) {
            super(problems.get(0).messageKey(), "The organisation is not valid: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem<OrganisationField>> problems() {
            return problems;
        }
    }
}
