package org.liaisonlog.logic.catalogue;

import java.util.Optional;

/** Facts kept inside the catalogue file itself (not user preferences). */
public interface CatalogueSettings {

    String FIRST_START_DONE = "first-start-done";
    String REFERENCE_DATA_VERSION = "reference-data-version";

    Optional<String> get(String name);

    void put(String name, String value);
}
