package org.liaisonlog.logic.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.search.SearchFilters;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * The benchmark's queries, drawn from the catalogue's own names so that they find something:
 * words of event titles, people's surnames and organisations' acronyms as typed whole, cut short
 * while typing, mistyped, written in the other script, combined with filters, and pairs of
 * organisations or people who sat at the same table. The same catalogue and seed give the same
 * queries.
 */
public final class BenchQueries {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][a-z]{5,}");
    private static final Set<String> COMMON = Set.of("meeting", "member", "states", "heads", "international",
            "conference", "council", "session", "regional", "against");

    private final Random random;
    private final List<String> titleWords = new ArrayList<>();
    private final List<String> acronyms = new ArrayList<>();
    private final List<Person> people;
    private final List<EventSummary> events;
    private final Catalogue catalogue;

    private BenchQueries(Catalogue catalogue, long seed) {
        this.catalogue = catalogue;
        this.random = new Random(seed);
        this.people = catalogue.people().findAll();
        this.events = catalogue.events().findAllSummaries("en");
        Set<String> words = new LinkedHashSet<>();
        for (EventSummary event : events.subList(0, Math.min(events.size(), 5_000))) {
            for (String word : event.title().split("[\\s,.;:()«»“”\"–-]+")) {
                if (LATIN_WORD.matcher(word).matches() && !COMMON.contains(word.toLowerCase(Locale.ROOT))) {
                    words.add(word);
                }
            }
        }
        titleWords.addAll(words);
        for (Organisation o : catalogue.organisations().findAll()) {
            if (o.acronym() != null && o.acronym().matches("[A-Z]{3,}")) {
                acronyms.add(o.acronym());
            }
        }
        if (people.isEmpty() || events.isEmpty() || titleWords.isEmpty()) {
            throw new IllegalArgumentException("The catalogue has too few events and people to draw queries from");
        }
    }

    /** {@code perKind} queries of each kind. */
    public static Map<QueryKind, List<SearchRequest>> draw(Catalogue catalogue, int perKind, long seed) {
        BenchQueries queries = new BenchQueries(catalogue, seed);
        Map<QueryKind, List<SearchRequest>> all = new EnumMap<>(QueryKind.class);
        for (QueryKind kind : QueryKind.values()) {
            List<SearchRequest> list = new ArrayList<>(perKind);
            for (int i = 0; i < perKind; i++) {
                list.add(queries.next(kind, i));
            }
            all.put(kind, List.copyOf(list));
        }
        return all;
    }

    private SearchRequest next(QueryKind kind, int i) {
        return switch (kind) {
            case EXACT -> SearchRequest.of(word(i));
            case PREFIX -> SearchRequest.of(prefix(word(i)));
            case TYPO -> SearchRequest.of(typo(longWord(i)));
            case CROSS_SCRIPT -> SearchRequest.of(otherScript(i));
            case FILTERED -> filtered(i);
            case CO_ATTENDANCE -> together();
        };
    }

    /** In turn: a word of a title, a surname, an acronym. */
    private String word(int i) {
        return switch (i % 3) {
            case 0 -> pick(titleWords);
            case 1 -> surname(latinPerson());
            default -> acronyms.isEmpty() ? pick(titleWords) : pick(acronyms);
        };
    }

    private String longWord(int i) {
        for (int tries = 0; tries < 100; tries++) {
            String word = i % 2 == 0 ? pick(titleWords) : surname(latinPerson());
            if (word.length() >= 6) {
                return word;
            }
        }
        return pick(titleWords);
    }

    /** The first three to five letters, as typed so far; sometimes after a whole first word. */
    private String prefix(String word) {
        String cut = word.substring(0, Math.min(word.length(), 3 + random.nextInt(3)));
        return random.nextInt(4) == 0 ? pick(titleWords) + " " + cut : cut;
    }

    /** One letter dropped, doubled, replaced or two swapped, past the first two letters. */
    private String typo(String word) {
        int at = 2 + random.nextInt(word.length() - 3);
        char[] c = word.toCharArray();
        return switch (random.nextInt(4)) {
            case 0 -> word.substring(0, at) + word.substring(at + 1);
            case 1 -> word.substring(0, at) + word.charAt(at) + word.substring(at);
            case 2 -> word.substring(0, at) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
            default -> {
                char t = c[at];
                c[at] = c[at + 1];
                c[at + 1] = t;
                yield new String(c);
            }
        };
    }

    /** A surname written in the script its person's name is not written in, or a city in Cyrillic. */
    private String otherScript(int i) {
        if (i % 5 == 4) {
            return pick(List.of("Ташкент", "Бишкек", "Алматы", "Душанбе", "Вена", "Москва", "Самарканд"));
        }
        for (int tries = 0; tries < 1_000; tries++) {
            Person p = pick(people);
            boolean cyrillicName = CYRILLIC.matcher(p.name()).find();
            for (String spelling : p.otherSpellings()) {
                if (CYRILLIC.matcher(spelling).find() != cyrillicName && !spelling.contains(".")) {
                    return surname(spelling);
                }
            }
        }
        return surname(pick(people).name());
    }

    /** A word with a period of five years and the country of an event it could find. */
    private SearchRequest filtered(int i) {
        EventSummary event = pick(events);
        int year = event.start() == null ? 2015 : event.start().date().getYear();
        SearchFilters filters = SearchFilters.NONE.withPeriod(LocalDate.of(year - 2, 1, 1), LocalDate.of(year + 2, 12, 31));
        filters = event.countryCode() == null || i % 2 == 0 ? filters.withEventKinds(Set.of(event.kind()))
                : filters.withCountries(Set.of(event.countryCode()));
        String word = pick(List.of(event.title().split("\\s+")));
        return new SearchRequest(word.length() < 4 ? "" : word, filters, SearchRequest.DEFAULT_LIMIT);
    }

    /** Two organisations (or an organisation and a person) who both attended one event: their events together. */
    private SearchRequest together() {
        for (int tries = 0; tries < 1_000; tries++) {
            EventSummary summary = pick(events);
            List<UUID> parties = new ArrayList<>();
            for (Attendance line : catalogue.events().findById(summary.id()).orElseThrow().attendance()) {
                if (line.status() == AttendanceStatus.ATTENDED) {
                    UUID party = line.personId() != null && random.nextBoolean() ? line.personId()
                            : line.organisationId();
                    if (party != null && !parties.contains(party)) {
                        parties.add(party);
                    }
                }
            }
            if (parties.size() >= 2) {
                UUID first = parties.get(random.nextInt(parties.size()));
                parties.remove(first);
                UUID second = parties.get(random.nextInt(parties.size()));
                return new SearchRequest("", SearchFilters.NONE.withTogether(Set.of(first, second)),
                        SearchRequest.DEFAULT_LIMIT);
            }
        }
        throw new IllegalArgumentException("No event has two attending organisations or people");
    }

    private Person latinPerson() {
        for (int tries = 0; tries < 1_000; tries++) {
            Person p = pick(people);
            if (!CYRILLIC.matcher(p.name()).find() && !p.name().contains(".")) {
                return p;
            }
        }
        return pick(people);
    }

    /** The surname: "Aleksei Shcherbakov" → "Shcherbakov", "Щербаков Алексей Викторович" → "Щербаков". */
    private static String surname(Person person) {
        return surname(person.name());
    }

    private static String surname(String name) {
        String[] words = name.trim().split("\\s+");
        String last = words[words.length - 1];
        boolean surnameFirst = last.contains(".") || last.endsWith("вич") || last.endsWith("вна");
        return surnameFirst && words.length > 1 ? words[0] : last;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
