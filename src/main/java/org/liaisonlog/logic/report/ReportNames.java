package org.liaisonlog.logic.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;

/**
 * The names a report prints, in its language: countries (their Russian names in a Russian
 * report), organisations (the Russian name where the catalogue knows one, with a Cyrillic
 * acronym found among its other names: "… (ОБСЕ)"), people (a Cyrillic spelling of the name where
 * one is known; English honorifics are left out of Russian reports) and themes. Read once per
 * report, in one query per kind of record.
 */
final class ReportNames {

    private final ReportTexts texts;
    private final CountryIndex countries;
    private final Map<UUID, Organisation> organisations;
    private final Map<UUID, Theme> themes;
    private Map<UUID, Person> people;
    private final Catalogue catalogue;

    ReportNames(Catalogue catalogue, ReportTexts texts) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.countries = new CountryIndex(catalogue.countries().findAll());
        this.organisations = byId(catalogue.organisations().findAll(), Organisation::id);
        this.themes = byId(catalogue.themes().findAll(), Theme::id);
    }

    private static <T> Map<UUID, T> byId(List<T> records, Function<T, UUID> id) {
        return records.stream().collect(Collectors.toMap(id, r -> r, (a, b) -> a, HashMap::new));
    }

    String country(String code) {
        return code == null ? "" : countries.name(code, texts.language());
    }

    /** "City, Country", or whichever of the two is known. */
    String place(String city, String countryCode) {
        String c = city == null ? "" : city.strip();
        String n = country(countryCode);
        return c.isEmpty() || n.isEmpty() ? c + n : c + ", " + n;
    }

    Organisation organisation(UUID id) {
        return id == null ? null : organisations.get(id);
    }

    /** The organisation's full name as lists show it: "UN Office on Drugs and Crime (UNODC)". */
    String organisationName(UUID id) {
        Organisation o = organisation(id);
        if (o == null) {
            return "";
        }
        if (texts.russian() && o.nameRu() != null && !o.nameRu().isBlank()) {
            String acronym = cyrillicAcronym(o);
            return acronym == null || o.nameRu().contains(acronym) ? o.nameRu() : o.nameRu() + " (" + acronym + ")";
        }
        return o.displayName();
    }

    /** The organisation's short name for compact lists: its acronym where it has one. */
    String organisationShortName(UUID id) {
        Organisation o = organisation(id);
        if (o == null) {
            return "";
        }
        if (texts.russian()) {
            String acronym = cyrillicAcronym(o);
            if (acronym != null) {
                return acronym;
            }
            if (o.nameRu() != null && !o.nameRu().isBlank()) {
                return o.nameRu();
            }
        }
        return o.acronym() == null || o.acronym().isBlank() ? o.name() : o.acronym();
    }

    /** An other name that is a Cyrillic acronym ("ОБСЕ", "УНП ООН"), or null. */
    private static String cyrillicAcronym(Organisation o) {
        for (String name : o.otherNames()) {
            String n = name.strip();
            if (n.length() <= 12 && n.chars().anyMatch(ReportNames::isCyrillic)
                    && n.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
                return n;
            }
        }
        return null;
    }

    private static boolean isCyrillic(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC;
    }

    Person person(UUID id) {
        if (id == null) {
            return null;
        }
        if (people == null) {
            people = byId(catalogue.people().findAll(), Person::id);
        }
        return people.get(id);
    }

    /** "Mr Grigory Pustovitov"; in a Russian report "Григорий Пустовитов" where that spelling is known. */
    String personName(UUID id) {
        Person p = person(id);
        if (p == null) {
            return "";
        }
        if (texts.russian()) {
            return p.otherSpellings().stream()
                    .filter(s -> s.chars().filter(Character::isLetter).allMatch(ReportNames::isCyrillic))
                    .filter(s -> !s.contains(".") && s.strip().contains(" "))
                    .findFirst()
                    .orElse(p.name());
        }
        return p.honorific() == null || p.honorific().isBlank() ? p.name() : p.honorific().strip() + " " + p.name();
    }

    String themeName(UUID id) {
        Theme t = themes.get(id);
        return t == null ? "" : t.name(texts.language());
    }
}
