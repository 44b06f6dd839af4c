package org.liaisonlog.logic.synthetic;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * Made-up people of the field: a third written in Cyrillic ("Щербаков Алексей Викторович"), a
 * third with a Russian or Central Asian name written in Latin letters one of the usual ways
 * ("Aleksei Shcherbakov", "Alexey Scherbakov"), a third from elsewhere ("Imran Khan"). Most
 * have several other spellings, in both scripts and in several transliterations, as a
 * catalogue fed from many sources collects them.
 */
final class SyntheticPeople {

    /** Countries whose people mostly have Russian or Central Asian names. */
    static final List<String> CYRILLIC_COUNTRIES = List.of("RU", "KZ", "KG", "TJ", "UZ", "TM", "BY", "AZ", "AM");

    private final Draw draw;
    private final List<Organisation> cyrillicBodies;
    private final List<Organisation> otherBodies;
    private final List<Organisation> international;

    SyntheticPeople(Draw draw, List<Organisation> organisations, Map<String, List<Organisation>> bodiesByCountry) {
        this.draw = draw;
        this.cyrillicBodies = CYRILLIC_COUNTRIES.stream()
                .flatMap(c -> bodiesByCountry.getOrDefault(c, List.of()).stream()).toList();
        this.otherBodies = organisations.stream()
                .filter(o -> o.countryCode() != null && !CYRILLIC_COUNTRIES.contains(o.countryCode())).toList();
        this.international = organisations.stream().filter(o -> o.countryCode() == null).toList();
    }

    /** One person; {@code n} counts them, so a third of them are written in Cyrillic exactly. */
    Person person(int n) {
        return switch (n % 3) {
            case 0 -> inCyrillic();
            case 1 -> cyrillicNameInLatin();
            default -> foreign();
        };
    }

    private Person inCyrillic() {
        RussianName name = russianName();
        Set<String> spellings = new LinkedHashSet<>();
        String primary;
        double p = draw.nextDouble();
        if (p < 0.4) {
            primary = name.surname() + " " + name.given() + " " + name.patronymic();
            spellings.add(name.given() + " " + name.surname());
        } else if (p < 0.8) {
            primary = name.given() + " " + name.surname();
            if (draw.chance(0.5)) {
                spellings.add(name.surname() + " " + name.given() + " " + name.patronymic());
            }
        } else {
            primary = name.surname() + " " + name.initials();
        }
        addLatin(spellings, name, draw.between(1, 4));
        return person(primary, spellings, true);
    }

    private Person cyrillicNameInLatin() {
        RussianName name = russianName();
        List<String> latin = Transliteration.allLatin(name.given() + " " + name.surname());
        String primary = latin.get(draw.chance(0.5) ? 0 : draw.nextInt(latin.size()));
        Set<String> spellings = new LinkedHashSet<>();
        if (draw.chance(0.8)) {
            spellings.add(draw.chance(0.6) ? name.given() + " " + name.surname()
                    : name.surname() + " " + name.given() + " " + name.patronymic());
        }
        addLatin(spellings, name, draw.between(0, 3));
        spellings.remove(primary);
        return person(primary, spellings, true);
    }

    private Person foreign() {
        String[] given = draw.pick(PersonNames.FOREIGN_GIVEN);
        String[] surname = draw.pick(PersonNames.FOREIGN_SURNAMES);
        Set<String> spellings = new LinkedHashSet<>();
        if (draw.chance(0.7)) {
            spellings.add(given[1] + " " + surname[1]);
        }
        if (draw.chance(0.3)) {
            spellings.add(surname[0] + " " + given[0].charAt(0) + ".");
        }
        if (draw.chance(0.15)) {
            spellings.add(surname[0].toUpperCase() + " " + given[0]);
        }
        return person(given[0] + " " + surname[0], spellings, false);
    }

    /** Up to {@code count} Latin spellings: the full name in several schemes, sometimes with initials. */
    private void addLatin(Set<String> spellings, RussianName name, int count) {
        List<String> full = Transliteration.allLatin(name.given() + " " + name.surname());
        int added = 0;
        for (String spelling : full) {
            if (added < count && spellings.add(spelling)) {
                added++;
            }
        }
        if (draw.chance(0.25)) {
            spellings.add(Transliteration.PASSPORT.latin(name.surname() + " " + name.initials()));
        }
    }

    private Person person(String name, Set<String> spellings, boolean cyrillicName) {
        Organisation body = body(cyrillicName);
        String country = body != null && body.countryCode() != null ? body.countryCode()
                : cyrillicName ? draw.pick(CYRILLIC_COUNTRIES) : draw.pick(otherBodies).countryCode();
        spellings.remove(name);
        return new Person(new RecordStamp(draw.uuid(), 0, null, null), name, new ArrayList<>(spellings),
                draw.chance(0.7) ? draw.pick(PersonNames.HONORIFICS) : null,
                draw.chance(0.85) ? draw.pick(PersonNames.POSITIONS) : null,
                body == null ? null : body.id(), country, null);
    }

    /** Mostly a body of the person's part of the world, sometimes an international organisation, rarely none. */
    private Organisation body(boolean cyrillicName) {
        double p = draw.nextDouble();
        if (p < 0.05) {
            return null;
        }
        if (p < 0.2 && !international.isEmpty()) {
            return draw.pickSkewed(international);
        }
        List<Organisation> bodies = cyrillicName ? cyrillicBodies : otherBodies;
        return bodies.isEmpty() ? null : draw.pick(bodies);
    }

    private RussianName russianName() {
        boolean woman = draw.chance(0.25);
        String surname = draw.pick(PersonNames.SURNAMES);
        String patronymic = draw.pick(PersonNames.PATRONYMICS);
        return woman
                ? new RussianName(draw.pick(PersonNames.FEMALE_NAMES), PersonNames.feminine(surname),
                        PersonNames.femininePatronymic(patronymic))
                : new RussianName(draw.pick(PersonNames.MALE_NAMES), surname, patronymic);
    }

    private record RussianName(String given, String surname, String patronymic) {

        String initials() {
            return given.charAt(0) + "." + patronymic.charAt(0) + ".";
        }
    }
}
