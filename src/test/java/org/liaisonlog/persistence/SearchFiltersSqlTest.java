package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.Facet;
import org.liaisonlog.logic.search.FacetValue;
import org.liaisonlog.logic.search.RecordKind;
import org.liaisonlog.logic.search.SearchFilters;
import org.liaisonlog.logic.search.SearchHit;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.search.SearchResults;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.person.Person;

/**
 * The search's filters, co-attendance and facet counts against a plain SQL answer on the same
 * H2 file: 400 seeded random events over the reference organisations, themes and countries.
 */
class SearchFiltersSqlTest {

    @TempDir
    static Path folder;

    private static H2Catalogue catalogue;
    private static CatalogueSearch search;
    private static final Random RANDOM = new Random(20240611);
    private static final List<String> COUNTRIES = List.of("UZ", "KZ", "KG", "TJ", "TM", "RU", "AF", "CN");
    private static final List<String> CITIES = List.of("Tashkent", "Almaty", "Bishkek", "Dushanbe", "Moscow", "Vienna");
    private static List<UUID> organisations;
    private static List<UUID> themes;
    private static List<UUID> people;

    @BeforeAll
    static void seed() throws InterruptedException {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        organisations = catalogue.organisations().findAll().stream().map(o -> o.id()).limit(30).toList();
        themes = catalogue.themes().findAll().stream().map(t -> t.id()).toList();
        people = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            people.add(catalogue.people().insert(new Person(RecordStamp.fresh(), "Person " + i, List.of(), null, null,
                    null, null, null)).id());
        }
        for (int i = 0; i < 400; i++) {
            LocalDate start = LocalDate.of(2010, 1, 1).plusDays(RANDOM.nextInt(15 * 365));
            List<Attendance> attendance = new ArrayList<>();
            int lines = RANDOM.nextInt(8);
            for (int a = 0; a < lines; a++) {
                UUID organisation = pick(organisations, 0.8);
                UUID person = pick(people, 0.3);
                String country = RANDOM.nextDouble() < 0.5 ? pick(COUNTRIES) : null;
                attendance.add(new Attendance(UUID.randomUUID(), organisation, person,
                        organisation == null && person == null && country == null ? "Observers" : null,
                        Capacity.values()[RANDOM.nextInt(Capacity.values().length)], country, null, null,
                        AttendanceStatus.values()[RANDOM.nextDouble() < 0.8 ? 0 : 1 + RANDOM.nextInt(2)], null));
            }
            catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.values()[RANDOM.nextInt(4)],
                    "Event " + i, null, null, null, some(organisations, 2), pick(CITIES), pick(COUNTRIES), null,
                    RANDOM.nextDouble() < 0.05 ? null : PartialDate.ofDay(start),
                    PartialDate.ofDay(start.plusDays(RANDOM.nextInt(4))), null, null, some(themes, 3), List.of(),
                    attendance));
        }
        search = new CatalogueSearch(catalogue);
        search.startBuilding();
        assertThat(search.awaitReady(java.time.Duration.ofMinutes(2))).isTrue();
    }

    @AfterAll
    static void close() {
        search.close();
        catalogue.close();
    }

    private static <T> T pick(List<T> values) {
        return values.get(RANDOM.nextInt(values.size()));
    }

    private static <T> T pick(List<T> values, double chance) {
        return RANDOM.nextDouble() < chance ? pick(values) : null;
    }

    private static <T> List<T> some(List<T> values, int max) {
        Set<T> chosen = new HashSet<>();
        int n = RANDOM.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            chosen.add(pick(values));
        }
        return List.copyOf(chosen);
    }

    @Test
    void everyFilterAndCombinationFindsWhatSqlFinds() {
        UUID org = mostAttended();
        UUID other = secondMostAttended(org);
        UUID person = people.get(0);
        UUID parentTheme = catalogue.themes().findAll().stream().filter(t -> t.parentId() == null).findFirst().orElseThrow().id();
        List<SearchFilters> cases = List.of(
                SearchFilters.NONE.withPeriod(LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31)),
                SearchFilters.NONE.withPeriod(null, LocalDate.of(2012, 6, 30)),
                SearchFilters.NONE.withEventKinds(Set.of(EventKind.CONFERENCE, EventKind.WORKSHOP)),
                SearchFilters.NONE.withCountries(Set.of("UZ", "KG")),
                SearchFilters.NONE.withCities(Set.of("tashkent", "VIENNA")),
                SearchFilters.NONE.withOrganisers(Set.of(org, other)),
                SearchFilters.NONE.withThemes(Set.of(parentTheme)),
                SearchFilters.NONE.withAttendingOrganisations(Set.of(org)),
                SearchFilters.NONE.withAttendingCountries(Set.of("RU", "CN")),
                SearchFilters.NONE.withCapacities(Set.of(Capacity.OBSERVER, Capacity.HOST)),
                SearchFilters.NONE.withTogether(Set.of(org, other)),
                SearchFilters.NONE.withTogether(Set.of(org, person)),
                SearchFilters.NONE.withTogether(Set.of(org)).withCountries(Set.of("UZ", "KZ", "KG"))
                        .withPeriod(LocalDate.of(2012, 1, 1), null).withCapacities(Set.of(Capacity.MEMBER_STATE,
                                Capacity.OBSERVER, Capacity.ORGANISER)),
                SearchFilters.NONE.withEventKinds(Set.of(EventKind.MEETING)).withThemes(Set.of(parentTheme))
                        .withAttendingCountries(Set.of("UZ")));
        // nothing asked: no hits, but the counts over all events
        SearchResults overview = search.search(new SearchRequest("", SearchFilters.NONE, 1000));
        assertThat(overview.isEmpty()).isTrue();
        checkFacets(SearchFilters.NONE, overview);
        for (SearchFilters filters : cases) {
            SearchResults results = search.search(new SearchRequest("", filters, 1000));
            Set<UUID> found = results.group(RecordKind.EVENT).hits().stream().map(SearchHit::id).collect(Collectors.toSet());
            Set<UUID> expected = sqlEvents(filters);
            assertThat(found).as(filters.toString()).isEqualTo(expected);
            assertThat(results.group(RecordKind.EVENT).total()).isEqualTo(expected.size());
            if (!expected.isEmpty()) {
                checkFacets(filters, results);
            }
        }
    }

    private void checkFacets(SearchFilters filters, SearchResults results) {
        for (Facet facet : List.of(Facet.EVENT_KIND, Facet.COUNTRY, Facet.CITY, Facet.ORGANISER, Facet.THEME,
                Facet.ATTENDING_ORGANISATION, Facet.ATTENDING_COUNTRY, Facet.CAPACITY, Facet.YEAR)) {
            Map<String, Integer> sql = sqlFacet(facet, filters);
            List<FacetValue> values = results.facet(facet);
            Set<String> selected = selected(facet, filters);
            for (FacetValue value : values) {
                assertThat(value.count()).as(facet + " " + value.key() + " for " + filters)
                        .isEqualTo(sql.getOrDefault(value.key(), 0));
            }
            Set<String> all = new HashSet<>(sql.keySet());
            all.addAll(selected);
            assertThat(values.size()).as(facet + " values for " + filters)
                    .isBetween(Math.min(50, all.size()), 50 + selected.size());
            // the values left out have no more events than any value shown
            int least = values.stream().filter(v -> !v.selected()).mapToInt(FacetValue::count).min().orElse(0);
            Set<String> shown = values.stream().map(FacetValue::key).collect(Collectors.toSet());
            sql.forEach((key, count) -> {
                if (!shown.contains(key)) {
                    assertThat(count).as(facet + " " + key + " left out").isLessThanOrEqualTo(least);
                }
            });
        }
    }

    private static Set<String> selected(Facet facet, SearchFilters f) {
        return switch (facet) {
            case COUNTRY -> f.countries();
            case CITY -> f.cities();
            case ORGANISER -> f.organisers().stream().map(UUID::toString).collect(Collectors.toSet());
            case THEME -> f.themes().stream().map(UUID::toString).collect(Collectors.toSet());
            case ATTENDING_ORGANISATION -> f.attendingOrganisations().stream().map(UUID::toString).collect(Collectors.toSet());
            case ATTENDING_COUNTRY -> f.attendingCountries();
            case EVENT_KIND -> f.eventKinds().stream().map(Enum::name).collect(Collectors.toSet());
            case CAPACITY -> f.capacities().stream().map(Enum::name).collect(Collectors.toSet());
            case YEAR -> Set.of();
        };
    }

    // ------------------------------------------------------------------ the SQL answers

    private static DSLContext sql() {
        return catalogue.dsl();
    }

    private static UUID mostAttended() {
        return sql().fetch("SELECT ORGANISATION_ID FROM ATTENDANCE WHERE STATUS = 'ATTENDED' AND ORGANISATION_ID"
                + " IS NOT NULL GROUP BY ORGANISATION_ID ORDER BY COUNT(DISTINCT EVENT_ID) DESC, ORGANISATION_ID LIMIT 1")
                .get(0).get(0, UUID.class);
    }

    private static UUID secondMostAttended(UUID first) {
        return sql().fetch("SELECT ORGANISATION_ID FROM ATTENDANCE WHERE STATUS = 'ATTENDED' AND ORGANISATION_ID"
                + " IS NOT NULL AND ORGANISATION_ID <> ? GROUP BY ORGANISATION_ID ORDER BY COUNT(DISTINCT EVENT_ID) DESC,"
                + " ORGANISATION_ID LIMIT 1", first).get(0).get(0, UUID.class);
    }

    /** The WHERE conditions on EVENT e for the filters, leaving out one facet's own filter. */
    private static String where(SearchFilters f, Facet without, List<Object> binds) {
        List<String> and = new ArrayList<>();
        and.add("TRUE");
        if (without != Facet.YEAR && (f.from() != null || f.to() != null)) {
            and.add("e.START_DATE IS NOT NULL");
            if (f.to() != null) {
                and.add("e.START_DATE <= ?");
                binds.add(f.to());
            }
            if (f.from() != null) {
                and.add("COALESCE(e.END_DATE, e.START_DATE) >= ?");
                binds.add(f.from());
            }
        }
        if (without != Facet.EVENT_KIND && !f.eventKinds().isEmpty()) {
            and.add("e.KIND IN (" + list(f.eventKinds().stream().map(Enum::name).toList(), binds) + ")");
        }
        if (without != Facet.COUNTRY && !f.countries().isEmpty()) {
            and.add("e.COUNTRY_CODE IN (" + list(List.copyOf(f.countries()), binds) + ")");
        }
        if (without != Facet.CITY && !f.cities().isEmpty()) {
            and.add("LOWER(e.CITY) IN (" + list(f.cities().stream().map(String::toLowerCase).toList(), binds) + ")");
        }
        if (without != Facet.ORGANISER && !f.organisers().isEmpty()) {
            and.add("EXISTS (SELECT 1 FROM EVENT_ORGANISER o WHERE o.EVENT_ID = e.ID AND o.ORGANISATION_ID IN ("
                    + list(List.copyOf(f.organisers()), binds) + "))");
        }
        if (without != Facet.THEME && !f.themes().isEmpty()) {
            and.add("EXISTS (SELECT 1 FROM EVENT_THEME et WHERE et.EVENT_ID = e.ID AND et.THEME_ID IN ("
                    + "WITH RECURSIVE sub(ID) AS (SELECT ID FROM THEME WHERE ID IN (" + list(List.copyOf(f.themes()), binds)
                    + ") UNION ALL SELECT t.ID FROM THEME t JOIN sub ON t.PARENT_ID = sub.ID) SELECT ID FROM sub))");
        }
        if (without != Facet.ATTENDING_ORGANISATION && !f.attendingOrganisations().isEmpty()) {
            and.add(attended("a.ORGANISATION_ID IN (" + list(List.copyOf(f.attendingOrganisations()), binds) + ")"));
        }
        if (without != Facet.ATTENDING_COUNTRY && !f.attendingCountries().isEmpty()) {
            and.add(attended("a.COUNTRY_CODE IN (" + list(List.copyOf(f.attendingCountries()), binds) + ")"));
        }
        if (without != Facet.CAPACITY && !f.capacities().isEmpty()) {
            and.add(attended("a.CAPACITY IN (" + list(f.capacities().stream().map(Enum::name).toList(), binds) + ")"));
        }
        for (UUID id : f.together()) {
            and.add(attended("(a.ORGANISATION_ID = ? OR a.PERSON_ID = ?)"));
            binds.add(id);
            binds.add(id);
        }
        return String.join(" AND ", and);
    }

    private static String attended(String condition) {
        return "EXISTS (SELECT 1 FROM ATTENDANCE a WHERE a.EVENT_ID = e.ID AND a.STATUS = 'ATTENDED' AND " + condition + ")";
    }

    private static String list(List<?> values, List<Object> binds) {
        binds.addAll(values);
        return values.stream().map(v -> "?").collect(Collectors.joining(", "));
    }

    private static Set<UUID> sqlEvents(SearchFilters f) {
        List<Object> binds = new ArrayList<>();
        String where = where(f, null, binds);
        return new HashSet<>(sql().fetch("SELECT e.ID FROM EVENT e WHERE " + where, binds.toArray())
                .getValues(0, UUID.class));
    }

    private static Map<String, Integer> sqlFacet(Facet facet, SearchFilters f) {
        List<Object> binds = new ArrayList<>();
        String select = switch (facet) {
            case EVENT_KIND -> "SELECT e.KIND, COUNT(*) FROM EVENT e WHERE %s GROUP BY e.KIND";
            case YEAR -> "SELECT y, COUNT(*) FROM (SELECT CAST(EXTRACT(YEAR FROM e.START_DATE) AS VARCHAR) y FROM EVENT e"
                    + " WHERE e.START_DATE IS NOT NULL AND %s) GROUP BY y";
            case COUNTRY -> "SELECT e.COUNTRY_CODE, COUNT(*) FROM EVENT e WHERE e.COUNTRY_CODE IS NOT NULL AND %s"
                    + " GROUP BY e.COUNTRY_CODE";
            case CITY -> "SELECT e.CITY, COUNT(*) FROM EVENT e WHERE e.CITY IS NOT NULL AND %s GROUP BY e.CITY";
            case ORGANISER -> "SELECT CAST(o.ORGANISATION_ID AS VARCHAR), COUNT(DISTINCT e.ID) FROM EVENT e"
                    + " JOIN EVENT_ORGANISER o ON o.EVENT_ID = e.ID WHERE %s GROUP BY o.ORGANISATION_ID";
            case THEME -> "WITH RECURSIVE up(THEME_ID, ANCESTOR) AS (SELECT ID, ID FROM THEME UNION ALL"
                    + " SELECT up.THEME_ID, t.PARENT_ID FROM up JOIN THEME t ON t.ID = up.ANCESTOR WHERE t.PARENT_ID"
                    + " IS NOT NULL) SELECT CAST(up.ANCESTOR AS VARCHAR), COUNT(DISTINCT e.ID) FROM EVENT e JOIN"
                    + " EVENT_THEME et ON et.EVENT_ID = e.ID JOIN up ON up.THEME_ID = et.THEME_ID WHERE %s"
                    + " GROUP BY up.ANCESTOR";
            case ATTENDING_ORGANISATION -> "SELECT CAST(x.ORGANISATION_ID AS VARCHAR), COUNT(DISTINCT e.ID) FROM EVENT e"
                    + " JOIN ATTENDANCE x ON x.EVENT_ID = e.ID WHERE x.STATUS = 'ATTENDED' AND x.ORGANISATION_ID IS NOT"
                    + " NULL AND %s GROUP BY x.ORGANISATION_ID";
            case ATTENDING_COUNTRY -> "SELECT x.COUNTRY_CODE, COUNT(DISTINCT e.ID) FROM EVENT e JOIN ATTENDANCE x"
                    + " ON x.EVENT_ID = e.ID WHERE x.STATUS = 'ATTENDED' AND x.COUNTRY_CODE IS NOT NULL AND %s"
                    + " GROUP BY x.COUNTRY_CODE";
            case CAPACITY -> "SELECT x.CAPACITY, COUNT(DISTINCT e.ID) FROM EVENT e JOIN ATTENDANCE x"
                    + " ON x.EVENT_ID = e.ID WHERE x.STATUS = 'ATTENDED' AND %s GROUP BY x.CAPACITY";
        };
        String where = where(f, facet, binds);
        Map<String, Integer> counts = new HashMap<>();
        sql().fetch(select.formatted(where), binds.toArray())
                .forEach(r -> counts.put(r.get(0, String.class).trim(), r.get(1, Integer.class)));
        return counts;
    }
}
