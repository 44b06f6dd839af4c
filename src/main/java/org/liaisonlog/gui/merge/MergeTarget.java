package org.liaisonlog.gui.merge;

import java.util.List;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Names;

/** A record a duplicate may be merged into: its name as lists show it and the names it is found by. */
public record MergeTarget(UUID id, String name, List<String> otherNames, boolean close) {

    public MergeTarget {
        otherNames = List.copyOf(otherNames);
    }

    /** True when every word is found in the name or in one of the other names. */
    public boolean matches(String text) {
        String[] words = Names.key(text).split(" ");
        for (String word : words) {
            if (!Names.key(name).contains(word) && otherNames.stream().noneMatch(n -> Names.key(n).contains(word))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return name;
    }
}
