package org.liaisonlog.logic.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.liaisonlog.logic.search.SearchSource.CountryRow;
import org.liaisonlog.logic.search.SearchSource.OrganisationRow;
import org.liaisonlog.logic.search.SearchSource.PersonRow;
import org.liaisonlog.logic.search.SearchSource.ThemeRow;

/**
 * What the index needs to know of the records other records refer to: the names of countries
 * (with the shipped aliases), organisations, people and themes (with the theme tree), so an
 * event's document can hold its organisers' and themes' names without a database read.
 */
final class Names {

    private static final String ALIASES = "/reference/country-aliases.csv";

    record CountryNames(String nameEn, List<String> all) {
    }

    record OrgNames(String display, List<String> all, String countryCode) {
    }

    record PersonNames(String name, List<String> all) {
    }

    final Map<String, CountryNames> countries = new ConcurrentHashMap<>();
    final Map<UUID, OrgNames> organisations = new ConcurrentHashMap<>();
    final Map<UUID, PersonNames> people = new ConcurrentHashMap<>();
    final Map<UUID, ThemeRow> themes = new ConcurrentHashMap<>();

    void setCountries(List<CountryRow> rows) {
        Map<String, List<String>> aliases = aliases();
        for (CountryRow row : rows) {
            Set<String> all = new LinkedHashSet<>();
            add(all, row.nameEn());
            add(all, row.nameRu());
            row.otherNames().forEach(n -> add(all, n));
            aliases.getOrDefault(row.code(), List.of()).forEach(n -> add(all, n));
            countries.put(row.code(), new CountryNames(row.nameEn(), List.copyOf(all)));
        }
    }

    void put(OrganisationRow row) {
        Set<String> all = new LinkedHashSet<>();
        add(all, row.name());
        add(all, row.acronym());
        add(all, row.nameRu());
        row.otherNames().forEach(n -> add(all, n));
        String display = row.acronym() == null || row.acronym().isBlank() || row.name().contains(row.acronym())
                ? row.name() : row.name() + " (" + row.acronym() + ")";
        organisations.put(row.id(), new OrgNames(display, List.copyOf(all), row.countryCode()));
    }

    void put(PersonRow row) {
        Set<String> all = new LinkedHashSet<>();
        add(all, row.name());
        row.otherSpellings().forEach(n -> add(all, n));
        people.put(row.id(), new PersonNames(row.name(), List.copyOf(all)));
    }

    void put(ThemeRow row) {
        themes.put(row.id(), row);
    }

    List<String> countryNames(String code) {
        CountryNames names = code == null ? null : countries.get(code);
        return names == null ? List.of() : names.all();
    }

    String countryName(String code) {
        CountryNames names = code == null ? null : countries.get(code);
        return names == null ? (code == null ? "" : code) : names.nameEn();
    }

    List<String> orgNames(UUID id) {
        OrgNames names = id == null ? null : organisations.get(id);
        return names == null ? List.of() : names.all();
    }

    String orgDisplay(UUID id) {
        OrgNames names = id == null ? null : organisations.get(id);
        return names == null ? "" : names.display();
    }

    List<String> personNames(UUID id) {
        PersonNames names = id == null ? null : people.get(id);
        return names == null ? List.of() : names.all();
    }

    String themeName(UUID id) {
        ThemeRow theme = id == null ? null : themes.get(id);
        return theme == null ? "" : theme.nameEn();
    }

    List<String> themeNames(UUID id) {
        ThemeRow theme = id == null ? null : themes.get(id);
        if (theme == null) {
            return List.of();
        }
        List<String> names = new ArrayList<>(2);
        add(names, theme.nameEn());
        add(names, theme.nameRu());
        return names;
    }

    /** The theme and its ancestors, the theme first (a cycle stops the walk). */
    List<UUID> themeWithAncestors(UUID id) {
        List<UUID> chain = new ArrayList<>();
        UUID current = id;
        while (current != null && !chain.contains(current) && chain.size() < 50) {
            chain.add(current);
            ThemeRow theme = themes.get(current);
            current = theme == null ? null : theme.parentId();
        }
        return chain;
    }

    private static void add(java.util.Collection<String> names, String name) {
        if (name != null && !name.isBlank()) {
            names.add(name.strip());
        }
    }

    /** The shipped other names of countries, by ISO code. */
    static Map<String, List<String>> aliases() {
        Map<String, List<String>> aliases = new HashMap<>();
        try (InputStream in = Names.class.getResourceAsStream(ALIASES)) {
            if (in == null) {
                return aliases;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                int comma = line.indexOf(',');
                if (comma == 2) {
                    aliases.put(line.substring(0, 2), List.of(line.substring(3).split("\\|")));
                }
            }
        } catch (IOException e) {
            return aliases;
        }
        return aliases;
    }
}
