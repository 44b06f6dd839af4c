package org.liaisonlog.model.organisation;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.common.RecordStamp;

/** An organisation: a government body, a UN entity, a regional structure, … */
public record Organisation(
        RecordStamp stamp,
        String name,
        String nameRu,
        String acronym,
        List<String> otherNames,
        OrganisationKind kind,
        String countryCode,
        UUID parentId,
        String notes) {

    public Organisation {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        otherNames = List.copyOf(otherNames);
    }

    public UUID id() {
        return stamp.id();
    }

    /** The name with its acronym, as lists show it: "UN Office on Drugs and Crime (UNODC)". */
    public String displayName() {
        return acronym == null || acronym.isBlank() || name.contains(acronym)
                ? name : name + " (" + acronym + ")";
    }
}
