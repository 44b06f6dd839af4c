package org.liaisonlog.gui.search;

import java.util.UUID;

/**
 * An organisation or a person chosen for "who sat at the same table".
 *
 * @param name  how lists show it ("UN Office on Drugs and Crime (UNODC)", "Grigory Pustovitov")
 * @param names every name it may be typed as (acronym, other names and spellings), for autocomplete
 */
public record Party(UUID id, String name, boolean person, java.util.List<String> names) {

    public Party {
        names = java.util.List.copyOf(names);
    }

    @Override
    public String toString() {
        return name;
    }
}
