package org.liaisonlog.gui.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.IndexState;
import org.liaisonlog.logic.search.QueryProblem;
import org.liaisonlog.logic.search.RecordKind;
import org.liaisonlog.logic.search.SearchFilters;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.search.SearchResults;
import org.liaisonlog.logic.settings.SavedSearch;
import org.liaisonlog.logic.settings.SavedSearches;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * The search screen: the text typed, the filters beside the results with their counts, "who sat
 * at the same table", the results grouped by kind, the index's progress, and the saved searches.
 * Every search runs through a task executor of its own (so it never waits behind a screen reading
 * the catalogue), a newer one replacing an older one ({@link LatestOnly}); results are never older
 * than what is shown. Reading names and saved searches goes through the program's executor.
 */
public final class SearchViewModel {

    /** At most this many records of each kind are listed. */
    static final int LIMIT_PER_KIND = 30;

    private final CatalogueSearch search;
    private final EventService events;
    private final SavedSearches saved;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final LatestOnly runner;
    private final ShownResults shown;
    private final StringProperty query = new SimpleStringProperty("");
    private final ChosenFilters chosen = new ChosenFilters(this::search);
    private final IndexStatus index;
    private final ObservableList<SavedSearch> savedSearches = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper filterCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyStringWrapper periodError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper("");
    private SearchChoices choices = SearchChoices.NONE;
    private BiConsumer<RecordKind, UUID> opener = (kind, id) -> { };
    private boolean restoring;
    private volatile boolean closed;
    private int lastRerunTenth = -1;

    /**
     * @param executor       the program's executor, for reading names and the saved searches
     * @param searchExecutor the searches' own executor
     * @param uiThread where the index's progress, reported on its building thread, is handed to
     *                 (the JavaFX thread: {@code Platform::runLater})
     */
    public SearchViewModel(CatalogueSearch search, EventService events, SavedSearches saved, TaskExecutor executor,
                           TaskExecutor searchExecutor, DialogService dialogs, Messages messages, Executor uiThread) {
        this.search = search;
        this.events = events;
        this.saved = saved;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.runner = new LatestOnly(searchExecutor);
        this.shown = new ShownResults(messages);
        this.index = new IndexStatus(messages);
        query.addListener((obs, old, text) -> search());
        index.show(search.state());
        search.addStateListener(state -> {
            if (!closed) {
                uiThread.execute(() -> indexChanged(state));
            }
        });
    }

    /** Where Enter on a result goes: the record's screen opens it in its editor. */
    public void setOpener(BiConsumer<RecordKind, UUID> opener) {
        this.opener = opener;
    }

    /**
     * Starts building the index if nobody has yet, reads the names to choose from and the saved
     * searches, then searches again (records may have changed on other screens).
     */
    public void load() {
        search.startBuilding();
        String language = messages.language();
        executor.run(() -> new Loaded(SearchChoices.of(events.editingData(), language), saved.list()), loaded -> {
            choices = loaded.choices();
            savedSearches.setAll(loaded.saved());
            chosen.renameParties(choices);
            search();
        }, this::failed);
    }

    /** Reads the saved searches alone (for the navigation), in the background. */
    public void loadSaved() {
        executor.run(saved::list, savedSearches::setAll, this::failed);
    }

    private record Loaded(SearchChoices choices, List<SavedSearch> saved) {
    }

    /** Searches for the text and filters as they are now, in the background. */
    public void search() {
        if (restoring || closed) {
            return;
        }
        filterCount.set(chosen.count());
        periodError.set(chosen.backwards() ? messages.get("search.periodBackwards") : "");
        SearchFilters filters = filters();
        String text = query.get() == null ? "" : query.get();
        queryError.set(QueryProblem.in(text).map(this::describe).orElse(""));
        // Nothing asked yet: the search still runs, for the filters' counts over all events, so
        // that one can begin with a filter; it lists nothing.
        searching.set(true);
        SearchRequest request = new SearchRequest(text, filters, LIMIT_PER_KIND);
        boolean asked = !text.isBlank() || !filters.isEmpty();
        runner.submit(() -> {
            SearchResults results = search.search(request);
            // the first screenful is marked here, off the JavaFX thread; lines further down when drawn
            ScreenLines.markFirstScreen(results);
            return results;
        }, results -> {
            searching.set(false);
            show(results, asked);
        }, error -> {
            searching.set(false);
            failed(error);
        });
    }

    private String describe(QueryProblem problem) {
        return switch (problem.kind()) {
            case NOT_A_YEAR -> messages.format("search.queryNotAYear", problem.written());
            case YEAR_LEFT_OUT -> messages.format("search.queryYearLeftOut", problem.written());
            case NO_WORD -> messages.format("search.queryNoWord", problem.written(), problem.field());
        };
    }

    SearchFilters filters() {
        return chosen.filters();
    }

    private void show(SearchResults results, boolean asked) {
        shown.show(results, chosen, choices, asked);
        index.show(results.state());
    }

    /** The window this screen was in is gone (a language switch): the index's progress is no longer followed. */
    public void close() {
        closed = true;
        runner.cancel();
    }

    private void indexChanged(IndexState state) {
        if (closed) {
            return;
        }
        index.show(state);
        int tenth = (int) (state.progress() * 10);
        // While the index grows, search again now and then, so the results (or, before anything
        // is asked, the filters' counts) grow with it.
        if (state.isReady() || tenth != lastRerunTenth) {
            lastRerunTenth = tenth;
            search();
        }
    }

    /** Ticks or unticks a value of a filter. */
    public void choose(FilterKind filter, String key, boolean selected) {
        if (chosen.choose(filter, key, selected)) {
            search();
        }
    }

    /** Sets the period to the whole of a year. */
    public void chooseYear(int year) {
        quietly(() -> chosen.chooseYear(year));
    }

    /** Removes every filter; the text stays. */
    public void clearFilters() {
        quietly(chosen::clear);
    }

    /** Makes several changes, then searches once. */
    private void quietly(Runnable changes) {
        restoring = true;
        changes.run();
        restoring = false;
        search();
    }

    /** Organisations and people to offer for "who sat at the same table", those chosen left out. */
    public List<Party> suggestParties(String text) {
        return chosen.suggest(choices, text);
    }

    public void addToTable(Party party) {
        chosen.add(party);
    }

    public void removeFromTable(Party party) {
        chosen.remove(party);
    }

    /** Opens a record found in its editor, on its screen. */
    public void open(SearchItem item) {
        if (item instanceof SearchItem.Hit hit) {
            opener.accept(hit.kind(), hit.id());
        }
    }

    /** Saves the text and filters as they are under a name; a search of the same name is replaced. */
    public void saveAs(String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        SavedSearch search = new SavedSearch(name.strip(), query.get(), chosen.from().get(), chosen.to().get(),
                chosen.toSaved());
        executor.run(() -> saved.save(search), savedSearches::setAll, this::failed);
    }

    /** Puts back a saved search's text and filters and searches. */
    public void run(SavedSearch search) {
        if (search == null) {
            return;
        }
        quietly(() -> {
            query.set(search.query());
            chosen.restore(search, choices, messages.get("search.unknownParty"));
        });
    }

    /** Removes a saved search, after asking. */
    public void remove(SavedSearch search) {
        if (search != null && dialogs.confirm(messages.format("search.removeQuestion", search.name()),
                messages.get("search.removeDetail"), messages.get("search.remove"))) {
            executor.run(() -> saved.remove(search.name()), savedSearches::setAll, this::failed);
        }
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return chosen.from();
    }

    public ObjectProperty<LocalDate> toProperty() {
        return chosen.to();
    }

    /** What is wrong with the period ("The last day is before the first."), or empty. */
    public ReadOnlyStringProperty periodErrorProperty() {
        return periodError.getReadOnlyProperty();
    }

    /** What is wrong with a field of the text ("“year:abc” is not a year…"), or empty. */
    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    /** The values of a filter with their counts, for the current search. */
    public ObservableList<FilterOption> options(FilterKind filter) {
        return shown.options(filter);
    }

    /** The years of the events found, latest first, with counts; choosing one sets the period. */
    public ObservableList<FilterOption> years() {
        return shown.years();
    }

    /** The organisations and people chosen for "who sat at the same table". */
    public ObservableList<Party> together() {
        return chosen.together();
    }

    /** The results: group headings, each followed by its records, best first. */
    public ObservableList<SearchItem> items() {
        return shown.items();
    }

    public ObservableList<SavedSearch> savedSearches() {
        return savedSearches;
    }

    /** "12 found", "Nothing found", or empty before anything is typed. */
    public ReadOnlyStringProperty statusProperty() {
        return shown.statusProperty();
    }

    /** What the index is doing ("Building the search index: 45 %…"), or empty when it is ready. */
    public ReadOnlyStringProperty indexStatusProperty() {
        return index.textProperty();
    }

    /** 0…1 while the index is built, -1 when its size is not known yet. */
    public ReadOnlyDoubleProperty indexProgressProperty() {
        return index.progressProperty();
    }

    /** True while the index is being built: results may be incomplete. */
    public ReadOnlyBooleanProperty indexingProperty() {
        return index.indexingProperty();
    }

    /** True while a search asked for has not come back. */
    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    /** How many filter values are set (period bounds, ticked values, parties at the table). */
    public ReadOnlyIntegerProperty filterCountProperty() {
        return filterCount.getReadOnlyProperty();
    }
}
