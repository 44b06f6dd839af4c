package org.liaisonlog.logic.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;

/**
 * Made-up organisations on top of the shipped ones: national bodies of every country (more of
 * them in the region the centre works in), their departments (children of the body), academies
 * and institutes, non-governmental bodies and field offices of international organisations
 * (children of the shipped organisation). Each has a kind and a country; many a Russian name, an
 * acronym and another name. Parents always come before their children.
 */
final class SyntheticOrganisations {

    /** Where the centre's work is: countries picked more often. */
    private static final List<String> REGION = List.of("RU", "KZ", "KG", "TJ", "UZ", "TM", "BY", "AZ", "AM", "CN",
            "IN", "PK", "IR", "AF", "MN", "TR", "DE", "FR", "US", "AT");

    private final Draw draw;
    private final List<Country> countries;
    private final List<Country> region;
    private final Map<String, Organisation> shippedByAcronym = new HashMap<>();
    private final Set<String> names = new HashSet<>();
    private final List<Organisation> bodies = new ArrayList<>();

    SyntheticOrganisations(Draw draw, List<Country> countries, List<Organisation> shipped) {
        this.draw = draw;
        this.countries = countries;
        this.region = countries.stream().filter(c -> REGION.contains(c.code())).toList();
        for (Organisation o : shipped) {
            names.add(o.name());
            if (o.acronym() != null) {
                shippedByAcronym.putIfAbsent(o.acronym(), o);
            }
        }
    }

    /** {@code count} new organisations, parents before children, no two of the same name. */
    List<Organisation> make(int count) {
        List<Organisation> made = new ArrayList<>(count);
        int attempts = 0;
        while (made.size() < count && attempts++ < count * 20) {
            Organisation o = next();
            if (o != null && names.add(o.name())) {
                made.add(o);
                if (o.kind() == OrganisationKind.GOVERNMENT_BODY && o.parentId() == null) {
                    bodies.add(o);
                }
            }
        }
        return made;
    }

    private Organisation next() {
        double p = draw.nextDouble();
        Country country = draw.chance(0.4) ? draw.pick(region) : draw.pick(countries);
        if (p < 0.38 || bodies.isEmpty()) {
            return body(country);
        }
        if (p < 0.73) {
            return department(draw.pickSkewed(bodies));
        }
        if (p < 0.83) {
            OrganisationNames.Department academic = draw.pick(OrganisationNames.ACADEMIC);
            return organisation(fill(academic.en(), country), fill(academic.ru(), country), null,
                    List.of(), OrganisationKind.ACADEMIC, country.code(), null);
        }
        SyntheticTexts.Place place = draw.pick(SyntheticTexts.CITIES);
        if (p < 0.92) {
            return organisation(draw.pick(OrganisationNames.NGOS).replace("{city}", place.en()), null, null,
                    List.of(), OrganisationKind.NGO, place.country(), null);
        }
        String[] office = draw.pick(OrganisationNames.FIELD_OFFICES);
        Organisation parent = shippedByAcronym.get(office[0]);
        boolean inCity = office[1].contains("{city}");
        return organisation(office[1].replace("{city}", place.en()).replace("{country}", country.nameEn()), null,
                null, List.of(), parent == null ? OrganisationKind.INTERNATIONAL_ORGANISATION : parent.kind(),
                inCity ? place.country() : country.code(), parent == null ? null : parent.id());
    }

    private Organisation body(Country country) {
        OrganisationNames.Body body = draw.pick(OrganisationNames.BODIES);
        String en = body.en() + " of " + country.nameEn();
        String ru = body.ru() + " " + russianOf(country);
        List<String> other = new ArrayList<>();
        if (!body.otherName().isEmpty() && draw.chance(0.6)) {
            other.add(body.otherName() + " of " + country.nameEn());
        }
        if (!body.acronymRu().isEmpty() && draw.chance(0.5)) {
            other.add(body.acronymRu() + " " + country.nameRu());
        }
        String acronym = body.acronym().isEmpty() || draw.chance(0.3) ? null : body.acronym() + " " + country.code();
        return organisation(en, ru, acronym, other, OrganisationKind.GOVERNMENT_BODY, country.code(), null);
    }

    private Organisation department(Organisation parent) {
        OrganisationNames.Department department = draw.pick(OrganisationNames.DEPARTMENTS);
        String en = department.en() + " of the " + parent.name();
        String ru = parent.nameRu() == null ? null : department.ru() + " " + genitive(parent.nameRu());
        return organisation(en, ru, null, List.of(), OrganisationKind.GOVERNMENT_BODY, parent.countryCode(),
                parent.id());
    }

    /** "Министерство внутренних дел Республики Узбекистан" → "Министерства внутренних дел Республики Узбекистан". */
    private static String genitive(String bodyRu) {
        for (OrganisationNames.Body body : OrganisationNames.BODIES) {
            if (bodyRu.startsWith(body.ru() + " ")) {
                return body.ruGenitive() + bodyRu.substring(body.ru().length());
            }
        }
        return "(" + bodyRu + ")";
    }

    private static String russianOf(Country country) {
        String genitive = OrganisationNames.GENITIVE.get(country.code());
        return genitive != null ? genitive : "(" + country.nameRu() + ")";
    }

    private static String fill(String pattern, Country country) {
        return pattern.replace("{country}", country.nameEn()).replace("{countryRu}", russianOf(country));
    }

    private Organisation organisation(String name, String nameRu, String acronym, List<String> otherNames,
            OrganisationKind kind, String countryCode, UUID parentId) {
        return new Organisation(new RecordStamp(draw.uuid(), 0, null, null), name, nameRu, acronym, otherNames, kind,
                countryCode, parentId, null);
    }
}
