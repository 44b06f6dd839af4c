package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.merge.MergeService;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/** The engine's behaviour: freshness, building state, syntax, filters, snippets. */
class SearchEngineTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private SyntheticCatalogue data;

    @BeforeEach
    void open() {
        catalogue = SearchFixture.example(folder);
        data = new SyntheticCatalogue(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private static List<String> titles(SearchResults results, RecordKind kind) {
        return results.group(kind).hits().stream().map(h -> h.title().text()).toList();
    }

    @Test
    void aSavedRecordIsFoundByTheNextSearch() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            assertThat(search.search(SearchRequest.of("Zanzibar")).isEmpty()).isTrue();

            EventService events = new EventService(catalogue);
            Event saved = events.save(new Event(RecordStamp.fresh(), EventKind.SUMMIT, "Zanzibar summit on maritime crime",
                    null, null, null, List.of(data.unodc), "Stone Town", "TZ", null,
                    PartialDate.ofDay(LocalDate.of(2023, 4, 2)), null, null, null, List.of(), List.of(), List.of()),
                    List.of(), List.of());
            assertThat(titles(search.search(SearchRequest.of("Zanzibar")), RecordKind.EVENT))
                    .containsExactly("Zanzibar summit on maritime crime");

            // an edit: the old words go, the new ones come
            Event edited = events.find(saved.id()).orElseThrow();
            events.save(new Event(edited.stamp(), edited.kind(), "Pemba summit on maritime crime", null, null, null,
                    edited.organiserIds(), edited.city(), edited.countryCode(), null, edited.start(), null, null, null,
                    List.of(), List.of(), List.of()), List.of(), List.of());
            assertThat(search.search(SearchRequest.of("Zanzibar")).group(RecordKind.EVENT).hits()).isEmpty();
            assertThat(titles(search.search(SearchRequest.of("Pemba")), RecordKind.EVENT))
                    .containsExactly("Pemba summit on maritime crime");

            // a renamed organisation: its events are found by the new name
            OrganisationService organisations = new OrganisationService(catalogue);
            Organisation guards = catalogue.organisations().findById(data.borderGuards.id()).orElseThrow();
            organisations.save(new Organisation(guards.stamp(), guards.name(), guards.nameRu(), guards.acronym(),
                    List.of("Frontier Corps Kyrgyzstan"), guards.kind(), guards.countryCode(), null, null));
            assertThat(titles(search.search(SearchRequest.of("Frontier Corps")), RecordKind.ORGANISATION))
                    .containsExactly("State Border Guard Service of the Kyrgyz Republic (SBGS)");
            assertThat(titles(search.search(SearchRequest.of("org:Frontier")), RecordKind.EVENT))
                    .containsExactly("Workshop on border security");

            // a person's new spelling, and their trip through them
            PersonService people = new PersonService(catalogue);
            Person yakovleva = catalogue.people().findById(data.yakovleva.id()).orElseThrow();
            people.save(new Person(yakovleva.stamp(), yakovleva.name(), List.of("Youlia Iakovleva-Smirnova"),
                    null, yakovleva.position(), yakovleva.organisationId(), yakovleva.countryCode(), null));
            assertThat(titles(search.search(SearchRequest.of("Smirnova")), RecordKind.PERSON))
                    .containsExactly("Юлия Яковлева");
            assertThat(titles(search.search(SearchRequest.of("Smirnova")), RecordKind.TRIP))
                    .containsExactly("Consultations with the border service");

            // deleted, then undone
            Deleted deleted = events.delete(saved.id()).orElseThrow();
            assertThat(search.search(SearchRequest.of("Pemba")).isEmpty()).isTrue();
            deleted.restore();
            assertThat(titles(search.search(SearchRequest.of("Pemba")), RecordKind.EVENT))
                    .containsExactly("Pemba summit on maritime crime");

            // merged people: the attendance moves to the one kept, and co-attendance follows
            new MergeService(catalogue).mergePeople(data.shcherbakov.id(), data.vasilyev.id());
            assertThat(titles(search.search(SearchRequest.of("Sergei Shcherbakov")), RecordKind.PERSON))
                    .doesNotContain("Sergei Shcherbakov");
            SearchResults together = search.search(new SearchRequest("", SearchFilters.NONE
                    .withTogether(Set.of(data.vasilyev.id(), data.csto)), 20));
            assertThat(titles(together, RecordKind.EVENT)).contains("Regional meeting on illicit drug trafficking");
        }
    }

    @Test
    void whileBuildingTheSearchSaysSoAndSearchesWhatIsThere() throws Exception {
        CountDownLatch eventsReached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SearchSource slow = new Delegating(catalogue.searchSource()) {
            @Override
            public void events(Set<UUID> ids, Consumer<EventRow> consumer) {
                if (ids == null) {
                    eventsReached.countDown();
                    await(release);
                }
                super.events(ids, consumer);
            }
        };
        SearchEngine engine = new SearchEngine(slow, catalogue.history());
        try {
            assertThat(engine.state().phase()).isEqualTo(IndexState.Phase.NOT_STARTED);
            assertThat(engine.search(SearchRequest.of("UNODC")).isEmpty()).isTrue();
            engine.startBuilding(null);
            assertThat(eventsReached.await(30, TimeUnit.SECONDS)).isTrue();

            SearchResults partial = engine.search(SearchRequest.of("UNODC"));
            assertThat(partial.state().phase()).isEqualTo(IndexState.Phase.BUILDING);
            assertThat(partial.state().done()).isGreaterThan(0);
            assertThat(titles(partial, RecordKind.ORGANISATION)).contains("UN Office on Drugs and Crime (UNODC)");
            assertThat(partial.group(RecordKind.EVENT).hits()).isEmpty();

            release.countDown();
            assertThat(engine.awaitReady(Duration.ofSeconds(60))).isTrue();
            SearchResults complete = engine.search(SearchRequest.of("UNODC"));
            assertThat(complete.state().isReady()).isTrue();
            assertThat(complete.state().progress()).isEqualTo(1.0);
            assertThat(titles(complete, RecordKind.EVENT)).contains("Liaison visit to Abidjan");
        } finally {
            release.countDown();
            engine.close();
        }
        assertThatThrownBy(() -> engine.search(SearchRequest.of("UNODC"))).isInstanceOf(SearchException.class);
    }

    @Test
    void aFailedBuildIsReportedAndWhatWasIndexedIsStillSearched() throws Exception {
        SearchSource broken = new Delegating(catalogue.searchSource()) {
            @Override
            public void events(Set<UUID> ids, Consumer<EventRow> consumer) {
                throw new IllegalStateException("disk gone");
            }
        };
        SearchEngine engine = new SearchEngine(broken, catalogue.history());
        try {
            engine.startBuilding(null);
            assertThat(engine.awaitReady(Duration.ofSeconds(60))).isFalse();
            assertThat(engine.state().phase()).isEqualTo(IndexState.Phase.FAILED);
            SearchResults results = engine.search(SearchRequest.of("Pustovitov"));
            assertThat(results.state().phase()).isEqualTo(IndexState.Phase.FAILED);
            assertThat(titles(results, RecordKind.PERSON)).contains("Grigory Pustovitov");
        } finally {
            engine.close();
        }
    }

    @Test
    void exclusionPhrasesOrAndYearsNarrowTheResults() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            assertThat(titles(search.search(SearchRequest.of("border")), RecordKind.EVENT))
                    .contains("Workshop on border security", "International conference on cyber threats");
            assertThat(titles(search.search(SearchRequest.of("border -cyber")), RecordKind.EVENT))
                    .contains("Workshop on border security").doesNotContain("International conference on cyber threats");
            assertThat(titles(search.search(SearchRequest.of("\"security border\"")), RecordKind.EVENT)).isEmpty();
            assertThat(titles(search.search(SearchRequest.of("Bishkek OR Almaty")), RecordKind.EVENT))
                    .containsExactlyInAnyOrder("Workshop on border security", "International conference on cyber threats");
            assertThat(titles(search.search(SearchRequest.of("Bishkek Almaty")), RecordKind.EVENT)).isEmpty();
            assertThat(titles(search.search(SearchRequest.of("year:2015-2016")), RecordKind.EVENT))
                    .containsExactly("Regional meeting on illicit drug trafficking", "International conference on cyber threats");
            assertThat(search.search(SearchRequest.of("year:2016")).groups()).extracting(SearchResults.Group::kind)
                    .containsExactly(RecordKind.EVENT);
            assertThat(titles(search.search(SearchRequest.of("theme:terrorism")), RecordKind.EVENT))
                    .contains("Workshop on border security").doesNotContain("Liaison visit to Abidjan");
        }
    }

    @Test
    void anyTextGivesResultsOrNoneButNeverAnException() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            for (String text : new String[] {"", " ", "\"", "\"unclo", "theme:", "org:", "year:", "year:20",
                    "year:abc", "-", "--", "OR", "OR OR", "a OR", "-\"", "\"\"", "*", "?", "(", ")", "[", "\\",
                    "country:\"", "theme:\"money", "::", "title:x", "AND NOT", "~2", "^", "%", "&&", "||", "!",
                    "x".repeat(5000), "word ".repeat(200), "ЩЩЩЩЩ", "ß", "ǅ", "\u0000", "😀", "'", "ʹ"}) {
                SearchResults results = search.search(SearchRequest.of(text));
                assertThat(results).as(text).isNotNull();
            }
            assertThat(titles(search.search(SearchRequest.of("\"border secu")), RecordKind.EVENT))
                    .contains("Workshop on border security");
            assertThat(search.search(SearchRequest.of("")).isEmpty()).isTrue();
        }
    }

    @Test
    void titlesAndSnippetsMarkTheMatchingWordsAcrossScripts() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            SearchHit person = search.search(SearchRequest.of("Щербаков")).group(RecordKind.PERSON).hits().stream()
                    .filter(h -> h.title().text().equals("Sergei Shcherbakov")).findFirst().orElseThrow();
            assertThat(marked(person.title())).containsExactly("Shcherbakov");

            SearchHit event = search.search(SearchRequest.of("Tash")).group(RecordKind.EVENT).hits().stream()
                    .filter(h -> h.title().text().startsWith("Regional meeting")).findFirst().orElseThrow();
            assertThat(event.detail()).isEqualTo("2016-05-10 – 2016-05-11 · Tashkent, Uzbekistan");

            SearchHit heroin = search.search(SearchRequest.of("heroine routs")).group(RecordKind.EVENT).hits().get(0);
            assertThat(heroin.title().text()).isEqualTo("Regional meeting on illicit drug trafficking");
            assertThat(marked(heroin.snippet())).containsExactly("Heroin", "routes");

            SearchHit pustovitov = search.search(SearchRequest.of("Пустовитов")).group(RecordKind.PERSON).hits().get(0);
            assertThat(marked(pustovitov.title())).containsExactly("Pustovitov");
        }
    }

    @Test
    void exactMatchesRankAboveTypoMatches() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            List<String> people = titles(search.search(SearchRequest.of("Scherbakow")), RecordKind.PERSON);
            assertThat(people.get(0)).isEqualTo("Dmitri Scherbakow");
        }
    }

    @Test
    void filtersCombineAndFacetsCountTheOtherValues() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            SearchFilters both = SearchFilters.NONE.withTogether(Set.of(data.csto, data.unodc));
            SearchResults together = search.search(new SearchRequest("", both, 50));
            assertThat(titles(together, RecordKind.EVENT)).containsExactlyInAnyOrder(
                    "Regional meeting on illicit drug trafficking", "International conference on cyber threats",
                    "Совещание по противодействию наркотикам", "Anti-money-laundering (AML) round-table: lessons learnt");
            assertThat(together.groups()).hasSize(1);

            SearchFilters inUz = both.withCountries(Set.of("UZ"));
            SearchResults uz = search.search(new SearchRequest("", inUz, 50));
            assertThat(titles(uz, RecordKind.EVENT)).containsExactlyInAnyOrder(
                    "Regional meeting on illicit drug trafficking", "Совещание по противодействию наркотикам");
            // the country facet is counted without its own filter, so the other countries keep their counts
            assertThat(uz.facet(Facet.COUNTRY)).extracting(FacetValue::key, FacetValue::count, FacetValue::selected)
                    .contains(org.assertj.core.groups.Tuple.tuple("UZ", 2, true),
                            org.assertj.core.groups.Tuple.tuple("KZ", 1, false),
                            org.assertj.core.groups.Tuple.tuple("TJ", 1, false));
            assertThat(uz.facet(Facet.EVENT_KIND)).extracting(FacetValue::key, FacetValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("MEETING", 2));

            SearchFilters drugs = SearchFilters.NONE.withThemes(Set.of(data.drugsTheme));
            assertThat(titles(search.search(new SearchRequest("", drugs, 50)), RecordKind.EVENT))
                    .containsExactlyInAnyOrder("Regional meeting on illicit drug trafficking",
                            "Совещание по противодействию наркотикам", "Liaison visit to Abidjan");

            SearchFilters period = SearchFilters.NONE.withPeriod(LocalDate.of(2016, 5, 11), LocalDate.of(2017, 2, 14));
            assertThat(titles(search.search(new SearchRequest("", period, 50)), RecordKind.EVENT))
                    .containsExactly("Совещание по противодействию наркотикам", "Regional meeting on illicit drug trafficking");

            SearchFilters cities = SearchFilters.NONE.withCities(Set.of("TASHKENT"));
            assertThat(titles(search.search(new SearchRequest("", cities, 50)), RecordKind.EVENT))
                    .contains("Regional meeting on illicit drug trafficking");
        }
    }

    @Test
    void facetsCountAcrossTheSegmentsThatLaterChangesAdd() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            EventService events = new EventService(catalogue);
            String[][] saved = {{"TZ", "SUMMIT"}, {"KE", "SUMMIT"}, {"TZ", "MEETING"}, {"TZ", "SUMMIT"}};
            for (int i = 0; i < saved.length; i++) {
                events.save(new Event(RecordStamp.fresh(), EventKind.valueOf(saved[i][1]),
                        "Zanzibar round " + (i + 1), null, null, null, List.of(i % 2 == 0 ? data.unodc : data.csto),
                        "Stone Town", saved[i][0], null, PartialDate.ofDay(LocalDate.of(2020 + i, 4, 2)), null, null,
                        null, List.of(), List.of(), List.of()), List.of(), List.of());
                // each search catches up with one saved event: the index gets a small segment each time
                assertThat(search.search(SearchRequest.of("Zanzibar")).group(RecordKind.EVENT).total()).isEqualTo(i + 1);
            }
            SearchResults all = search.search(SearchRequest.of("Zanzibar"));
            assertThat(all.facet(Facet.COUNTRY)).extracting(FacetValue::key, FacetValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("TZ", 3),
                            org.assertj.core.groups.Tuple.tuple("KE", 1));
            assertThat(all.facet(Facet.EVENT_KIND)).extracting(FacetValue::key, FacetValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SUMMIT", 3),
                            org.assertj.core.groups.Tuple.tuple("MEETING", 1));
            assertThat(all.facet(Facet.YEAR)).extracting(FacetValue::key)
                    .containsExactly("2023", "2022", "2021", "2020");
            assertThat(all.facet(Facet.ORGANISER)).extracting(FacetValue::key, FacetValue::count)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(data.unodc.toString(), 2),
                            org.assertj.core.groups.Tuple.tuple(data.csto.toString(), 2));

            // drill-sideways over the segments: the selected country and the others keep their counts
            SearchResults kenya = search.search(new SearchRequest("Zanzibar",
                    SearchFilters.NONE.withCountries(Set.of("KE")), 20));
            assertThat(titles(kenya, RecordKind.EVENT)).containsExactly("Zanzibar round 2");
            assertThat(kenya.facet(Facet.COUNTRY)).extracting(FacetValue::key, FacetValue::count, FacetValue::selected)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("TZ", 3, false),
                            org.assertj.core.groups.Tuple.tuple("KE", 1, true));
            assertThat(kenya.facet(Facet.EVENT_KIND)).extracting(FacetValue::key, FacetValue::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("SUMMIT", 1));

            // the engine alone finds as many hits as the search returns
            assertThat(search.rawSearch(SearchRequest.of("Zanzibar"))).isEqualTo(all.hits().size()).isEqualTo(4);
            assertThat(search.rawSearch(new SearchRequest("Zanzibar", SearchFilters.NONE.withCountries(Set.of("KE")),
                    20))).isEqualTo(1);
            assertThat(search.rawSearch(SearchRequest.of(""))).isZero();
        }
    }

    private static List<String> marked(Marked marked) {
        return marked.marks().stream().map(r -> marked.text().substring(r.start(), r.end())).toList();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A source that passes everything on, for tests to override one kind. */
    private static class Delegating implements SearchSource {
        private final SearchSource inner;

        Delegating(SearchSource inner) {
            this.inner = inner;
        }

        @Override
        public List<CountryRow> countries() {
            return inner.countries();
        }

        @Override
        public void themes(Set<UUID> ids, Consumer<ThemeRow> consumer) {
            inner.themes(ids, consumer);
        }

        @Override
        public void organisations(Set<UUID> ids, Consumer<OrganisationRow> consumer) {
            inner.organisations(ids, consumer);
        }

        @Override
        public void people(Set<UUID> ids, Consumer<PersonRow> consumer) {
            inner.people(ids, consumer);
        }

        @Override
        public void events(Set<UUID> ids, Consumer<EventRow> consumer) {
            inner.events(ids, consumer);
        }

        @Override
        public void trips(Set<UUID> ids, Consumer<TripRow> consumer) {
            inner.trips(ids, consumer);
        }

        @Override
        public long count(RecordKind kind) {
            return inner.count(kind);
        }
    }
}
