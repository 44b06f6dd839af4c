package org.liaisonlog.logic.merge;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * Merging duplicates: a person into another person, an organisation into another organisation.
 * The merge and its two history entries (MERGE for the one kept, naming the one merged; MERGE
 * for the one merged, naming the one kept) are written in one transaction.
 */
public final class MergeService {

    /** The field name a history entry of a merge uses (a resource-bundle key suffix). */
    public static final String MERGED_FROM = "mergedFrom";
    public static final String MERGED_INTO = "mergedInto";

    private final Catalogue catalogue;

    public MergeService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** The people a person may be merged into: everybody but them, by name. */
    public List<Person> peopleOtherThan(UUID id) {
        return catalogue.people().findAll().stream().filter(p -> !p.id().equals(id)).toList();
    }

    /** The organisations one may be merged into: all but itself and those below it, by name. */
    public List<Organisation> organisationsOutside(UUID id) {
        List<Organisation> all = catalogue.organisations().findAll();
        Map<UUID, UUID> parents = OrganisationService.parents(all);
        return all.stream().filter(o -> !o.id().equals(id) && !isBelow(o.id(), id, parents)).toList();
    }

    /** The organisation, if it is still there. */
    public Optional<Organisation> organisation(UUID id) {
        return catalogue.organisations().findById(id);
    }

    /** What merging the person into another would move. */
    public MergeImpact personImpact(UUID id) {
        return catalogue.people().mergeImpact(id);
    }

    /** What merging the organisation into another would move. */
    public MergeImpact organisationImpact(UUID id) {
        return catalogue.organisations().mergeImpact(id);
    }

    /**
     * Merges person {@code from} into person {@code into}.
     *
     * @throws CatalogueException with key {@code validation.mergeIntoItself} when they are the same
     * @throws StaleRecordException when either is gone
     */
    public Person mergePeople(UUID from, UUID into) {
        refuseSelf(from, into);
        return catalogue.transactions().inTransaction(() -> {
            Person source = catalogue.people().findById(from).orElseThrow(() -> new StaleRecordException(from));
            catalogue.people().merge(from, into);
            Person kept = catalogue.people().findById(into).orElseThrow(() -> new StaleRecordException(into));
            record(RecordType.PERSON, source.id(), source.name(), kept.id(), kept.name());
            return kept;
        });
    }

    /**
     * Merges organisation {@code from} into organisation {@code into}.
     *
     * @throws CatalogueException with key {@code validation.mergeIntoItself} when they are the
     *         same, {@code validation.mergeIntoDescendant} when {@code into} lies below {@code from}
     * @throws StaleRecordException when either is gone
     */
    public Organisation mergeOrganisations(UUID from, UUID into) {
        refuseSelf(from, into);
        return catalogue.transactions().inTransaction(() -> {
            List<Organisation> all = catalogue.organisations().findAll();
            if (isBelow(into, from, OrganisationService.parents(all))) {
                throw new CatalogueException("validation.mergeIntoDescendant",
                        "An organisation cannot be merged into one of its own sub-organisations");
            }
            Organisation source = catalogue.organisations().findById(from)
                    .orElseThrow(() -> new StaleRecordException(from));
            catalogue.organisations().merge(from, into);
            Organisation kept = catalogue.organisations().findById(into)
                    .orElseThrow(() -> new StaleRecordException(into));
            record(RecordType.ORGANISATION, source.id(), source.displayName(), kept.id(), kept.displayName());
            return kept;
        });
    }

    private void record(RecordType type, UUID fromId, String fromLabel, UUID intoId, String intoLabel) {
        catalogue.history().record(new ChangeEntry(null, null, ChangeKind.MERGE, type, intoId, intoLabel,
                List.of(new FieldChange(MERGED_FROM, fromLabel, ""))));
        catalogue.history().record(new ChangeEntry(null, null, ChangeKind.MERGE, type, fromId, fromLabel,
                List.of(new FieldChange(MERGED_INTO, "", intoLabel))));
    }

    private static void refuseSelf(UUID from, UUID into) {
        if (from.equals(into)) {
            throw new CatalogueException("validation.mergeIntoItself", "A record cannot be merged into itself");
        }
    }

    /** True when {@code candidate} lies below {@code ancestor} in the tree. */
    static boolean isBelow(UUID candidate, UUID ancestor, Map<UUID, UUID> parents) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = parents.get(candidate); at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
