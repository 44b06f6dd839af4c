package org.liaisonlog.logic.organisation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.model.organisation.Organisation;

/** The rules an organisation must meet before it is saved. */
public final class OrganisationValidator {

    private OrganisationValidator() {
    }

    /**
     * @param parents every stored organisation's parent, by organisation (those without one may be absent)
     */
    public static List<Problem<OrganisationField>> validate(Organisation organisation, Map<UUID, UUID> parents) {
        List<Problem<OrganisationField>> problems = new ArrayList<>();
        if (organisation.name() == null || organisation.name().isBlank()) {
            problems.add(new Problem<>(OrganisationField.NAME, "validation.organisationNameRequired"));
        }
        if (organisation.kind() == null) {
            problems.add(new Problem<>(OrganisationField.KIND, "validation.organisationKindRequired"));
        }
        if (organisation.parentId() != null && isSelfOrBelow(organisation.id(), organisation.parentId(), parents)) {
            problems.add(new Problem<>(OrganisationField.PARENT, "validation.organisationParentCycle"));
        }
        return problems;
    }

    /** True when {@code candidate} is {@code id} itself or lies below it in the tree. */
    private static boolean isSelfOrBelow(UUID id, UUID candidate, Map<UUID, UUID> parents) {
        Set<UUID> seen = new HashSet<>();
        for (UUID at = candidate; at != null && seen.add(at); at = parents.get(at)) {
            if (at.equals(id)) {
                return true;
            }
        }
        return false;
    }
}
