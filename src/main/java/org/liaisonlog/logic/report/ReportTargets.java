package org.liaisonlog.logic.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;

/**
 * Finds the events and trips a report can be made of, from what a user types on the command
 * line: an exact id, or words that must all be found (ignoring case and accents) in the
 * event's title or series, or in the trip's purpose, travellers' names (any spelling) and
 * destinations (city, country in English or Russian). Labels are in the language asked for: its
 * dates ("31 October – 1 November 2018", "31 октября – 1 ноября 2018 г.") and country names;
 * titles, purposes, cities and people's names as the catalogue holds them.
 */
final class ReportTargets {

    private static final Pattern UUID_TEXT =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Catalogue catalogue;
    private final ReportDates dates;
    private final String language;

    ReportTargets(Catalogue catalogue, Locale language) {
        this.catalogue = catalogue;
        ReportTexts texts = ReportTexts.of(language);
        this.dates = new ReportDates(texts);
        this.language = texts.language();
    }

    /** An exact id gives that event (or none); otherwise every event matching all the words, newest first. */
    List<ReportTarget> events(String idOrWords) {
        String text = idOrWords == null ? "" : idOrWords.strip();
        List<EventSummary> events = catalogue.events().findAllSummaries("en");
        if (UUID_TEXT.matcher(text).matches()) {
            UUID id = UUID.fromString(text);
            events = events.stream().filter(e -> e.id().equals(id)).toList();
        } else {
            List<String> words = words(text);
            events = events.stream()
                    .filter(e -> containsAll(e.title() + " " + Objects.toString(e.series(), ""), words))
                    .toList();
        }
        CountryIndex countries = new CountryIndex(catalogue.countries().findAll());
        return events.stream().map(e -> new ReportTarget(e.id(), label(e.title(),
                dates.range(e.start(), e.end()), e.city() == null || e.city().isBlank()
                        ? countries.name(e.countryCode(), language) : e.city().strip()))).toList();
    }

    /** An exact id gives that trip (or none); otherwise every trip matching all the words, latest first. */
    List<ReportTarget> trips(String idOrWords) {
        String text = idOrWords == null ? "" : idOrWords.strip();
        List<Trip> trips = catalogue.trips().findAll();
        Map<UUID, Person> people = catalogue.people().findAll().stream()
                .collect(Collectors.toMap(Person::id, Function.identity(), (a, b) -> a));
        CountryIndex countries = new CountryIndex(catalogue.countries().findAll());
        if (UUID_TEXT.matcher(text).matches()) {
            UUID id = UUID.fromString(text);
            trips = trips.stream().filter(t -> t.id().equals(id)).toList();
        } else {
            List<String> words = words(text);
            trips = trips.stream().filter(t -> containsAll(haystack(t, people, countries), words)).toList();
        }
        List<ReportTarget> targets = new ArrayList<>();
        for (Trip t : trips) {
            String travellers = t.travellerIds().stream().map(people::get).filter(Objects::nonNull)
                    .map(Person::name).collect(Collectors.joining(", "));
            LocalDate first = t.legs().stream().map(TripLeg::from).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            LocalDate last = t.legs().stream().map(l -> l.to() != null ? l.to() : l.from()).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            String cities = t.legs().stream().map(TripLeg::city).filter(c -> c != null && !c.isBlank())
                    .map(String::strip).distinct().collect(Collectors.joining(", "));
            String what = travellers.isEmpty() ? t.purpose() : travellers + ": " + t.purpose();
            targets.add(new ReportTarget(t.id(), label(what, dates.range(first, last), cities)));
        }
        return targets;
    }

    private static String haystack(Trip t, Map<UUID, Person> people, CountryIndex countries) {
        StringBuilder text = new StringBuilder(Objects.toString(t.purpose(), ""));
        for (UUID id : t.travellerIds()) {
            Person p = people.get(id);
            if (p != null) {
                text.append(' ').append(p.name());
                p.otherSpellings().forEach(s -> text.append(' ').append(s));
            }
        }
        for (TripLeg leg : t.legs()) {
            text.append(' ').append(Objects.toString(leg.city(), ""));
            Optional<Country> country = countries.byCode(leg.countryCode());
            country.ifPresent(c -> text.append(' ').append(c.nameEn()).append(' ').append(c.nameRu()));
        }
        return text.toString();
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.split("\\s+")).map(Names::key).filter(w -> !w.isEmpty()).toList();
    }

    private static boolean containsAll(String text, List<String> words) {
        String key = Names.key(text);
        return words.stream().allMatch(key::contains);
    }

    /** "title — dates, place", leaving out what is not known. */
    private static String label(String title, String dates, String place) {
        String when = EventTexts.joinNonEmpty(", ", dates, place);
        return when.isEmpty() ? title : title + " — " + when;
    }
}
