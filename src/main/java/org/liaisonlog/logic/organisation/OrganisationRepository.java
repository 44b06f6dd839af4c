package org.liaisonlog.logic.organisation;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.model.organisation.Organisation;

/** Stores organisations with their other names. */
public interface OrganisationRepository {

    Organisation insert(Organisation organisation);

    Optional<Organisation> findById(UUID id);

    /** All organisations, sorted by name. */
    List<Organisation> findAll();

    int count();
}
