package org.liaisonlog.gui.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.organisation.Organisation;

/**
 * Finds catalogued organisations by what the user types (display name, name, Russian name,
 * acronym or another name), for the organisation fields of the people and organisation forms.
 */
public final class OrganisationLookup {

    private static final int SUGGESTIONS = 12;

    private final Map<UUID, Organisation> organisations = new LinkedHashMap<>();

    public OrganisationLookup(List<Organisation> organisations) {
        organisations.forEach(o -> this.organisations.put(o.id(), o));
    }

    public Optional<Organisation> byId(UUID id) {
        return Optional.ofNullable(id == null ? null : organisations.get(id));
    }

    /** The display name of the organisation with this key, or "" when there is none. */
    public String displayName(UUID id) {
        return byId(id).map(Organisation::displayName).orElse("");
    }

    /** The organisation the text names exactly (ignoring case and accents), if any. */
    public Optional<Organisation> find(String text) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        return organisations.values().stream()
                .filter(o -> key.equals(Names.key(o.displayName())) || key.equals(Names.key(o.name()))
                        || key.equals(Names.key(o.nameRu())) || key.equals(Names.key(o.acronym()))
                        || o.otherNames().stream().anyMatch(n -> key.equals(Names.key(n))))
                .findFirst();
    }

    /** Display names of organisations whose names contain the text, those starting with it first. */
    public List<String> suggest(String text) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        List<String> starts = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        for (Organisation o : organisations.values()) {
            if (Names.key(o.acronym()).startsWith(key) || Names.key(o.name()).startsWith(key)) {
                starts.add(o.displayName());
            } else if (Names.key(o.name()).contains(key) || Names.key(o.nameRu()).contains(key)
                    || o.otherNames().stream().anyMatch(n -> Names.key(n).contains(key))) {
                contains.add(o.displayName());
            }
        }
        starts.addAll(contains);
        return starts.stream().limit(SUGGESTIONS).toList();
    }
}
