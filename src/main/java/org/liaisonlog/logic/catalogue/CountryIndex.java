package org.liaisonlog.logic.catalogue;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaisonlog.model.common.Country;

/** Finds countries by what a user types: a code, an English or Russian name, or another name. */
public final class CountryIndex {

    private final List<Country> countries;
    private final Map<String, Country> byKey = new HashMap<>();
    private final Map<String, Country> byCode = new HashMap<>();

    public CountryIndex(Collection<Country> countries) {
        this.countries = List.copyOf(countries);
        for (Country c : this.countries) {
            byCode.put(c.code(), c);
            index(c.code(), c, false);
            index(c.nameEn(), c, true);
            index(c.nameRu(), c, true);
            c.otherNames().forEach(n -> index(n, c, false));
        }
    }

    private void index(String name, Country country, boolean replace) {
        String key = Names.key(name);
        if (key.isEmpty()) {
            return;
        }
        if (replace) {
            byKey.put(key, country);
        } else {
            byKey.putIfAbsent(key, country);
        }
    }

    public List<Country> all() {
        return countries;
    }

    public Optional<Country> byCode(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code));
    }

    /** The country the text names exactly (ignoring case and accents), if any. */
    public Optional<Country> find(String text) {
        String key = Names.key(text);
        return key.isEmpty() ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** The name of the country with this code in the language, or the code itself if unknown. */
    public String name(String code, String language) {
        return code == null ? "" : byCode(code).map(c -> c.name(language)).orElse(code);
    }

    /** Countries whose names contain the text, for autocomplete. */
    public List<Country> suggest(String text, int limit) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        return countries.stream()
                .filter(c -> Names.key(c.nameEn()).contains(key) || Names.key(c.nameRu()).contains(key)
                        || c.otherNames().stream().anyMatch(n -> Names.key(n).contains(key)))
                .limit(limit)
                .toList();
    }
}
