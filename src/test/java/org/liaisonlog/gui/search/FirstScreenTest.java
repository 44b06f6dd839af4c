package org.liaisonlog.gui.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.FacetValue;
import org.liaisonlog.logic.search.Marked;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.search.SearchResults;
import org.liaisonlog.logic.settings.SavedSearches;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The screen marks the first screenful of results before it shows them (off the JavaFX thread)
 * and the lines further down when they are first drawn; the filters' labels made once are made
 * anew when the names they come from change.
 */
class FirstScreenTest {

    private static final int EVENTS = 30;

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private CatalogueSearch search;
    private SearchViewModel viewModel;
    private final Messages messages = new Messages(Locale.ENGLISH);

    @BeforeEach
    void open() throws InterruptedException {
        catalogue = H2Catalogue.open(folder);
        FirstStart.prepare(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        EventService events = new EventService(catalogue);
        UUID organiser = catalogue.organisations().findAll().get(0).id();
        for (int i = 1; i <= EVENTS; i++) {
            events.save(new Event(RecordStamp.fresh(), EventKind.MEETING, "Zanzibar round " + i, null, null, null,
                    List.of(organiser), "Stone Town", "TZ", null, PartialDate.ofDay(LocalDate.of(2000 + i % 20, 4, 2)),
                    null, "Zanzibar talks on maritime crime, round " + i, null, List.of(), List.of(), List.of()),
                    List.of(), List.of());
        }
        search = new CatalogueSearch(catalogue);
        viewModel = new SearchViewModel(search, events, new SavedSearches(catalogue), TaskExecutor.synchronous(),
                TaskExecutor.synchronous(), new RecordingDialogs(), messages, Runnable::run);
        viewModel.load();
        assertThat(search.awaitReady(Duration.ofSeconds(60))).isTrue();
    }

    @AfterEach
    void close() {
        search.close();
        catalogue.close();
    }

    @Test
    void theFirstScreenfulIsMarkedBeforeItIsShownAndTheRestWhenDrawn() {
        viewModel.queryProperty().set("Zanzibar");

        List<SearchItem> items = viewModel.items();
        assertThat(items).hasSize(1 + EVENTS); // one heading, thirty events
        for (int line = 1; line < items.size(); line++) {
            SearchItem.Hit hit = (SearchItem.Hit) items.get(line);
            assertThat(hit.texts().isMarked()).as("line " + line).isEqualTo(line < ScreenLines.FIRST_SCREEN);
        }
        // a line further down, drawn: marked then, as the first ones were
        SearchItem.Hit last = (SearchItem.Hit) items.get(items.size() - 1);
        assertThat(marked(last.title())).containsExactly("Zanzibar");
        assertThat(marked(last.snippet())).containsExactly("Zanzibar");
        assertThat(last.texts().isMarked()).isTrue();
        SearchItem.Hit first = (SearchItem.Hit) items.get(1);
        assertThat(marked(first.title())).containsExactly("Zanzibar");

        // the benchmark's lines mark the same first screenful
        SearchResults results = search.search(new SearchRequest("Zanzibar", viewModel.filters(), EVENTS));
        new ScreenLines(messages, new EventService(catalogue).editingData()).make(results);
        assertThat(results.hits()).hasSize(EVENTS);
        for (int i = 0; i < EVENTS; i++) {
            assertThat(results.hits().get(i).texts().isMarked()).isEqualTo(i < ScreenLines.FIRST_SCREEN - 1);
        }
    }

    @Test
    void aFilterValuesLabelIsMadeAnewWhenItsNameChanges() {
        ResultTexts texts = new ResultTexts(messages);
        Organisation org = catalogue.organisations().findAll().get(0);
        String key = org.id().toString();
        SearchChoices before = SearchChoices.of(new EventService(catalogue).editingData(), "en");
        List<FacetValue> values = List.of(new FacetValue(key, "engine's name", 3, false));
        assertThat(label(texts, values, before)).isEqualTo(org.displayName());
        assertThat(label(texts, values, before)).isEqualTo(org.displayName());

        new OrganisationService(catalogue).save(new Organisation(org.stamp(), "Renamed organisation", org.nameRu(),
                null, org.otherNames(), org.kind(), org.countryCode(), org.parentId(), org.notes()));
        SearchChoices after = SearchChoices.of(new EventService(catalogue).editingData(), "en");
        assertThat(label(texts, values, after)).isEqualTo("Renamed organisation");

        // a value the choices do not know is named by the engine: a new name from it is taken too
        String unknown = UUID.randomUUID().toString();
        assertThat(label(texts, List.of(new FacetValue(unknown, "Old name", 1, false)), after)).isEqualTo("Old name");
        assertThat(label(texts, List.of(new FacetValue(unknown, "New name", 1, false)), after)).isEqualTo("New name");
        // and a ticked value no longer listed keeps the name it had
        assertThat(texts.options(FilterKind.ORGANISER, List.of(), Set.of(unknown), after))
                .extracting(FilterOption::label, FilterOption::count).containsExactly(tuple("New name", 0));
    }

    private static String label(ResultTexts texts, List<FacetValue> values, SearchChoices choices) {
        return texts.options(FilterKind.ORGANISER, values, Set.of(), choices).get(0).label();
    }

    private static List<String> marked(Marked marked) {
        return marked.marks().stream().map(r -> marked.text().substring(r.start(), r.end())).toList();
    }
}
