package org.liaisonlog.gui.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.event.EventEditingData;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;

/**
 * What the search screen names things with and offers to choose from: the organisations and
 * people for "who sat at the same table", and the countries and themes in the interface
 * language (the engine labels filter values in English).
 */
final class SearchChoices {

    static final SearchChoices NONE = new SearchChoices(List.of(), new CountryIndex(List.of()), Map.of(), "en");

    private final List<Party> parties;
    private final Map<UUID, Party> partiesById = new HashMap<>();
    private final CountryIndex countries;
    private final Map<UUID, String> themeNames;
    private final String language;

    private SearchChoices(List<Party> parties, CountryIndex countries, Map<UUID, String> themeNames, String language) {
        this.parties = List.copyOf(parties);
        parties.forEach(p -> partiesById.put(p.id(), p));
        this.countries = countries;
        this.themeNames = Map.copyOf(themeNames);
        this.language = language;
    }

    static SearchChoices of(EventEditingData data, String language) {
        List<Party> parties = new ArrayList<>();
        for (Organisation o : data.organisations()) {
            List<String> names = new ArrayList<>(o.otherNames());
            names.add(o.displayName());
            if (o.acronym() != null) {
                names.add(o.acronym());
            }
            if (o.nameRu() != null) {
                names.add(o.nameRu());
            }
            String name = "ru".equals(language) && o.nameRu() != null && !o.nameRu().isBlank()
                    ? o.nameRu() + (o.acronym() == null || o.acronym().isBlank() ? "" : " (" + o.acronym() + ")")
                    : o.displayName();
            parties.add(new Party(o.id(), name, false, names));
        }
        for (Person p : data.people()) {
            List<String> names = new ArrayList<>(p.otherSpellings());
            names.add(p.name());
            parties.add(new Party(p.id(), p.name(), true, names));
        }
        Map<UUID, String> themes = new HashMap<>();
        for (Theme t : data.themes()) {
            themes.put(t.id(), t.name(language));
        }
        return new SearchChoices(parties, data.countries(), themes, language);
    }

    /**
     * Organisations and people whose name (any of them, the acronym too) contains the text: those
     * named exactly so first, then those with a name starting so, then the rest.
     */
    List<Party> suggest(String text, int limit) {
        String typed = fold(text);
        if (typed.isEmpty()) {
            return List.of();
        }
        List<List<Party>> ranks = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Party party : parties) {
            int best = 3;
            for (String name : party.names()) {
                String folded = fold(name);
                int rank = folded.equals(typed) ? 0 : folded.startsWith(typed) ? 1 : folded.contains(typed) ? 2 : 3;
                best = Math.min(best, rank);
            }
            if (best < 3) {
                ranks.get(best).add(party);
            }
        }
        return ranks.stream().flatMap(List::stream).limit(limit).toList();
    }

    Optional<Party> party(UUID id) {
        return Optional.ofNullable(partiesById.get(id));
    }

    /** A country's name in the interface language, or the engine's label when unknown. */
    String country(String code, String fallback) {
        return code == null ? fallback : countries.byCode(code).map(c -> c.name(language)).orElse(fallback);
    }

    String theme(String id, String fallback) {
        try {
            return themeNames.getOrDefault(UUID.fromString(id), fallback);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** Lower case without accents, for matching what is typed. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replace('ё', 'е').strip();
    }
}
