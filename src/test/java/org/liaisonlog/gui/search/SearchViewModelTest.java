package org.liaisonlog.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.RecordKind;
import org.liaisonlog.logic.settings.SavedSearch;
import org.liaisonlog.logic.settings.SavedSearches;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.persistence.H2Catalogue;

/** The search screen's view model over the example catalogue, with work run at once (no JavaFX toolkit). */
class SearchViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private CatalogueSearch search;
    private SearchViewModel viewModel;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> opened = new ArrayList<>();

    @BeforeEach
    void open() throws InterruptedException {
        catalogue = H2Catalogue.open(folder);
        FirstStart.prepare(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        search = new CatalogueSearch(catalogue);
        viewModel = new SearchViewModel(search, new EventService(catalogue), new SavedSearches(catalogue),
                TaskExecutor.synchronous(), TaskExecutor.synchronous(), dialogs, new Messages(Locale.ENGLISH),
                Runnable::run);
        viewModel.setOpener((kind, id) -> opened.add(kind + " " + id));
        viewModel.load();
        assertThat(search.awaitReady(Duration.ofSeconds(30))).isTrue();
    }

    @AfterEach
    void close() {
        search.close();
        catalogue.close();
    }

    @Test
    void typingListsEachGroupUnderItsHeadingWithItsCount() {
        viewModel.queryProperty().set("Pustovitov");

        List<SearchItem> items = viewModel.items();
        assertThat(items).filteredOn(i -> i instanceof SearchItem.Heading)
                .extracting(i -> ((SearchItem.Heading) i).text())
                .contains("People — 1", "Events — 1", "Trips — 1");
        assertThat(viewModel.statusProperty().get()).isEqualTo("3 records found");
        SearchItem.Hit person = items.stream().filter(i -> i instanceof SearchItem.Hit h && h.kind() == RecordKind.PERSON)
                .map(i -> (SearchItem.Hit) i).findFirst().orElseThrow();
        assertThat(person.title().text()).isEqualTo("Grigory Pustovitov");

        viewModel.open(person);
        assertThat(opened).containsExactly("PERSON " + person.id());

        viewModel.queryProperty().set("  ");
        assertThat(viewModel.items()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEmpty();
    }

    @Test
    void beforeAnythingIsAskedTheFiltersCountAllEventsSoOneCanBeginWithAFilter() {
        assertThat(viewModel.items()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.options(FilterKind.EVENT_KIND)).extracting(FilterOption::key, FilterOption::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(EventKind.CONFERENCE.name(), 1));
        assertThat(viewModel.options(FilterKind.COUNTRY)).extracting(FilterOption::key).containsExactly("UZ");
        assertThat(viewModel.years()).extracting(FilterOption::key).containsExactly("2018");

        viewModel.choose(FilterKind.COUNTRY, "UZ", true);
        assertThat(viewModel.items()).filteredOn(i -> i instanceof SearchItem.Heading)
                .extracting(i -> ((SearchItem.Heading) i).kind()).containsExactly(RecordKind.EVENT);
        assertThat(viewModel.statusProperty().get()).isEqualTo("1 record found");

        viewModel.clearFilters();
        assertThat(viewModel.items()).isEmpty();
        assertThat(viewModel.statusProperty().get()).isEmpty();
        assertThat(viewModel.options(FilterKind.COUNTRY)).extracting(FilterOption::key).containsExactly("UZ");
    }

    @Test
    void aFilterValueKeepsOnlyEventsAndAValueThatGivesNothingStaysListedToUntick() {
        viewModel.queryProperty().set("tashkent");
        assertThat(viewModel.options(FilterKind.EVENT_KIND)).extracting(FilterOption::label, FilterOption::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Conference", 1));

        viewModel.choose(FilterKind.EVENT_KIND, EventKind.CONFERENCE.name(), true);
        assertThat(viewModel.filters().eventKinds()).containsExactly(EventKind.CONFERENCE);
        assertThat(viewModel.items()).filteredOn(i -> i instanceof SearchItem.Heading)
                .extracting(i -> ((SearchItem.Heading) i).kind()).containsExactly(RecordKind.EVENT);
        assertThat(viewModel.filterCountProperty().get()).isEqualTo(1);

        viewModel.choose(FilterKind.COUNTRY, "KZ", true);
        assertThat(viewModel.items()).isEmpty();
        assertThat(viewModel.options(FilterKind.COUNTRY)).extracting(FilterOption::key, FilterOption::count,
                FilterOption::selected).containsExactly(org.assertj.core.groups.Tuple.tuple("KZ", 0, true));

        viewModel.clearFilters();
        assertThat(viewModel.filters().isEmpty()).isTrue();
        assertThat(viewModel.items()).filteredOn(i -> i instanceof SearchItem.Heading)
                .extracting(i -> ((SearchItem.Heading) i).kind()).contains(RecordKind.EVENT, RecordKind.TRIP);
    }

    @Test
    void choosingAYearSetsThePeriodToThatYear() {
        viewModel.queryProperty().set("conference");
        assertThat(viewModel.years()).extracting(FilterOption::key).containsExactly("2018");

        viewModel.chooseYear(2019);
        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2019, 1, 1));
        assertThat(viewModel.toProperty().get()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(viewModel.items()).isEmpty();
    }

    @Test
    void aPeriodWhoseLastDayIsBeforeItsFirstIsSaidAtTheField() {
        viewModel.queryProperty().set("Pustovitov");
        assertThat(viewModel.periodErrorProperty().get()).isEmpty();

        viewModel.fromProperty().set(LocalDate.of(2019, 1, 1));
        viewModel.toProperty().set(LocalDate.of(2018, 1, 1));
        assertThat(viewModel.periodErrorProperty().get()).isEqualTo("The last day is before the first.");
        assertThat(viewModel.items()).isEmpty();

        viewModel.fromProperty().set(LocalDate.of(2018, 1, 1));
        assertThat(viewModel.periodErrorProperty().get()).isEmpty();
        viewModel.toProperty().set(LocalDate.of(2017, 12, 31));
        assertThat(viewModel.periodErrorProperty().get()).isNotEmpty();
        viewModel.clearFilters();
        assertThat(viewModel.periodErrorProperty().get()).isEmpty();
    }

    @Test
    void aFieldOfTheTextThatCannotBeReadIsSaidAtTheField() {
        viewModel.queryProperty().set("Pustovitov");
        assertThat(viewModel.queryErrorProperty().get()).isEmpty();

        viewModel.queryProperty().set("year:abc");
        assertThat(viewModel.queryErrorProperty().get())
                .isEqualTo("“year:abc” is not a year: write year:2018 or year:2015-2018.");
        viewModel.queryProperty().set("tashkent -year:2018");
        assertThat(viewModel.queryErrorProperty().get())
                .isEqualTo("“-year:2018”: a year can be chosen (year:2018), not left out.");
        viewModel.queryProperty().set("org: UNODC");
        assertThat(viewModel.queryErrorProperty().get())
                .isEqualTo("“org:” has no word right after its colon: write org:word, without a space.");

        viewModel.queryProperty().set("org:UNODC year:2018");
        assertThat(viewModel.queryErrorProperty().get()).isEmpty();
        assertThat(viewModel.items()).isNotEmpty();
    }

    @Test
    void aSavedSearchPutsBackItsTextAndEveryFilter() {
        UUID unodc = catalogue.organisations().findAll().stream().filter(o -> "UNODC".equals(o.acronym()))
                .findFirst().orElseThrow().id();
        viewModel.queryProperty().set("terrorism");
        viewModel.fromProperty().set(LocalDate.of(2018, 1, 1));
        viewModel.choose(FilterKind.COUNTRY, "UZ", true);
        viewModel.addToTable(viewModel.suggestParties("UNODC").stream().filter(p -> p.id().equals(unodc))
                .findFirst().orElseThrow());
        viewModel.saveAs("  Terrorism in Uzbekistan ");
        assertThat(viewModel.savedSearches()).extracting(SavedSearch::name).containsExactly("Terrorism in Uzbekistan");

        viewModel.clearFilters();
        viewModel.queryProperty().set("something else");
        viewModel.run(viewModel.savedSearches().get(0));

        assertThat(viewModel.queryProperty().get()).isEqualTo("terrorism");
        assertThat(viewModel.fromProperty().get()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(viewModel.toProperty().get()).isNull();
        assertThat(viewModel.filters().countries()).containsExactly("UZ");
        assertThat(viewModel.together()).extracting(Party::id).containsExactly(unodc);
        assertThat(viewModel.together().get(0).name()).isEqualTo("UN Office on Drugs and Crime (UNODC)");
        assertThat(viewModel.items()).filteredOn(i -> i instanceof SearchItem.Hit).hasSize(1);

        dialogs.answerConfirmations(false);
        viewModel.remove(viewModel.savedSearches().get(0));
        assertThat(viewModel.savedSearches()).hasSize(1);
        dialogs.answerConfirmations(true);
        viewModel.remove(viewModel.savedSearches().get(0));
        assertThat(viewModel.savedSearches()).isEmpty();
        assertThat(new SavedSearches(catalogue).list()).isEmpty();
    }

    @Test
    void theSuggestionsForTheTableFindNamesInEitherScriptAndLeaveOutThoseChosen() {
        List<Party> found = viewModel.suggestParties("Пустовитов");
        assertThat(found).extracting(Party::name).containsExactly("Grigory Pustovitov");
        assertThat(found.get(0).person()).isTrue();
        viewModel.addToTable(found.get(0));
        assertThat(viewModel.suggestParties("Пустовитов")).isEmpty();
        assertThat(viewModel.suggestParties("unodc")).extracting(Party::name)
                .startsWith("UN Office on Drugs and Crime (UNODC)", "UNODC Regional Office for Central Asia (ROCA)");
    }

    @Test
    void inRussianTheDetailLineNamesKindsAndCountriesInRussian() {
        SearchViewModel russian = new SearchViewModel(search, new EventService(catalogue), new SavedSearches(catalogue),
                TaskExecutor.synchronous(), TaskExecutor.synchronous(), dialogs,
                new Messages(Locale.forLanguageTag("ru")), Runnable::run);
        russian.load();

        russian.queryProperty().set("year:abc");
        assertThat(russian.queryErrorProperty().get())
                .isEqualTo("«year:abc» — не год: пишите year:2018 или year:2015-2018.");

        russian.queryProperty().set("UNODC");
        assertThat(russian.queryErrorProperty().get()).isEmpty();
        SearchItem.Hit unodc = russian.items().stream()
                .filter(i -> i instanceof SearchItem.Hit h && h.kind() == RecordKind.ORGANISATION)
                .map(i -> (SearchItem.Hit) i).filter(h -> h.detail().startsWith("UNODC ·")).findFirst().orElseThrow();
        assertThat(unodc.detail()).contains("Структура ООН").doesNotContain("un entity");

        russian.queryProperty().set("tashkent");
        SearchItem.Hit event = russian.items().stream()
                .filter(i -> i instanceof SearchItem.Hit h && h.kind() == RecordKind.EVENT)
                .map(i -> (SearchItem.Hit) i).findFirst().orElseThrow();
        assertThat(event.detail()).contains("Узбекистан").doesNotContain("Uzbekistan");

        viewModel.queryProperty().set("tashkent");
        SearchItem.Hit english = viewModel.items().stream()
                .filter(i -> i instanceof SearchItem.Hit h && h.kind() == RecordKind.EVENT)
                .map(i -> (SearchItem.Hit) i).findFirst().orElseThrow();
        assertThat(english.detail()).contains("Uzbekistan");
    }
}
