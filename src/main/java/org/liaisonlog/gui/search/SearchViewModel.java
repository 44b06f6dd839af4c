package org.liaisonlog.gui.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.Facet;
import org.liaisonlog.logic.search.IndexState;
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
    /** The name under which "who sat at the same table" is kept in a saved search. */
    static final String TOGETHER = "TOGETHER";
    private static final int SUGGESTIONS = 15;

    private final CatalogueSearch search;
    private final EventService events;
    private final SavedSearches saved;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final LatestOnly runner;
    private final ResultTexts texts;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final Map<FilterKind, Set<String>> chosen = new EnumMap<>(FilterKind.class);
    private final Map<FilterKind, ObservableList<FilterOption>> options = new EnumMap<>(FilterKind.class);
    private final ObservableList<FilterOption> years = FXCollections.observableArrayList();
    private final ObservableList<Party> together = FXCollections.observableArrayList();
    private final ObservableList<SearchItem> items = FXCollections.observableArrayList();
    private final ObservableList<SavedSearch> savedSearches = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper indexStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper indexProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper indexing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyIntegerWrapper filterCount = new ReadOnlyIntegerWrapper(0);
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
        this.texts = new ResultTexts(messages);
        for (FilterKind filter : FilterKind.values()) {
            chosen.put(filter, new LinkedHashSet<>());
            options.put(filter, FXCollections.observableArrayList());
        }
        query.addListener((obs, old, text) -> search());
        from.addListener((obs, old, day) -> search());
        to.addListener((obs, old, day) -> search());
        together.addListener((javafx.collections.ListChangeListener<Party>) change -> search());
        showIndex(search.state());
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
            together.replaceAll(p -> choices.party(p.id()).orElse(p));
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
        filterCount.set(countFilters());
        SearchFilters filters = filters();
        String text = query.get() == null ? "" : query.get();
        if (text.isBlank() && filters.isEmpty()) {
            runner.cancel();
            searching.set(false);
            show(null);
            return;
        }
        searching.set(true);
        SearchRequest request = new SearchRequest(text, filters, LIMIT_PER_KIND);
        runner.submit(() -> search.search(request), results -> {
            searching.set(false);
            show(results);
        }, error -> {
            searching.set(false);
            failed(error);
        });
    }

    SearchFilters filters() {
        SearchFilters filters = SearchFilters.NONE.withPeriod(from.get(), to.get());
        for (FilterKind filter : FilterKind.values()) {
            filters = filter.apply(filters, chosen.get(filter));
        }
        return filters.withTogether(together.stream().map(Party::id).collect(java.util.stream.Collectors.toSet()));
    }

    private int countFilters() {
        int count = (from.get() == null ? 0 : 1) + (to.get() == null ? 0 : 1) + together.size();
        for (Set<String> keys : chosen.values()) {
            count += keys.size();
        }
        return count;
    }

    private void show(SearchResults results) {
        if (results == null) {
            items.clear();
            options.values().forEach(List::clear);
            years.clear();
            status.set("");
            return;
        }
        items.setAll(texts.lines(results, choices));
        for (FilterKind filter : FilterKind.values()) {
            options.get(filter).setAll(texts.options(filter, results.facet(filter.facet()), chosen.get(filter), choices));
        }
        years.setAll(texts.years(results.facet(Facet.YEAR)));
        int found = results.groups().stream().mapToInt(SearchResults.Group::total).sum();
        status.set(results.isEmpty() ? messages.get("search.nothing") : messages.format("search.found", found));
        showIndex(results.state());
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
        showIndex(state);
        int tenth = (int) (state.progress() * 10);
        // While the index grows, search again now and then, so the results grow with it.
        if (state.isReady() || tenth != lastRerunTenth) {
            lastRerunTenth = tenth;
            if (!items.isEmpty() || !query.get().isBlank() || filterCount.get() > 0) {
                search();
            }
        }
    }

    private void showIndex(IndexState state) {
        switch (state.phase()) {
            case READY -> {
                indexing.set(false);
                indexStatus.set("");
                indexProgress.set(1);
            }
            case FAILED -> {
                indexing.set(false);
                indexStatus.set(messages.get("search.indexFailed"));
            }
            case NOT_STARTED, BUILDING -> {
                indexing.set(true);
                indexProgress.set(state.total() > 0 ? state.progress() : -1);
                indexStatus.set(state.total() > 0
                        ? messages.format("search.indexing", (int) Math.floor(state.progress() * 100))
                        : messages.get("search.indexStarting"));
            }
        }
    }

    /** Ticks or unticks a value of a filter. */
    public void choose(FilterKind filter, String key, boolean selected) {
        boolean changed = selected ? chosen.get(filter).add(key) : chosen.get(filter).remove(key);
        if (changed) {
            search();
        }
    }

    /** Sets the period to the whole of a year. */
    public void chooseYear(int year) {
        restoring = true;
        from.set(LocalDate.of(year, 1, 1));
        to.set(LocalDate.of(year, 12, 31));
        restoring = false;
        search();
    }

    /** Removes every filter; the text stays. */
    public void clearFilters() {
        restoring = true;
        from.set(null);
        to.set(null);
        chosen.values().forEach(Set::clear);
        together.clear();
        restoring = false;
        search();
    }

    /** Organisations and people to offer for "who sat at the same table", those chosen left out. */
    public List<Party> suggestParties(String text) {
        return choices.suggest(text, SUGGESTIONS + together.size()).stream()
                .filter(p -> !together.contains(p)).limit(SUGGESTIONS).toList();
    }

    public void addToTable(Party party) {
        if (party != null && !together.contains(party)) {
            together.add(party);
        }
    }

    public void removeFromTable(Party party) {
        together.remove(party);
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
        Map<String, List<String>> filters = new HashMap<>();
        chosen.forEach((filter, keys) -> filters.put(filter.name(), List.copyOf(keys)));
        filters.put(TOGETHER, together.stream().map(p -> p.id().toString()).toList());
        SavedSearch search = new SavedSearch(name.strip(), query.get(), from.get(), to.get(), filters);
        executor.run(() -> saved.save(search), savedSearches::setAll, this::failed);
    }

    /** Puts back a saved search's text and filters and searches. */
    public void run(SavedSearch search) {
        if (search == null) {
            return;
        }
        restoring = true;
        query.set(search.query());
        from.set(search.from());
        to.set(search.to());
        for (FilterKind filter : FilterKind.values()) {
            chosen.get(filter).clear();
            chosen.get(filter).addAll(search.values(filter.name()));
        }
        List<Party> parties = new ArrayList<>();
        for (String id : search.values(TOGETHER)) {
            try {
                UUID key = UUID.fromString(id);
                parties.add(choices.party(key).orElse(new Party(key, messages.get("search.unknownParty"), false,
                        List.of())));
            } catch (IllegalArgumentException e) {
                // not an id: a saved search from another version; left out
            }
        }
        together.setAll(parties);
        restoring = false;
        search();
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
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The values of a filter with their counts, for the current search. */
    public ObservableList<FilterOption> options(FilterKind filter) {
        return options.get(filter);
    }

    /** The years of the events found, latest first, with counts; choosing one sets the period. */
    public ObservableList<FilterOption> years() {
        return years;
    }

    /** The organisations and people chosen for "who sat at the same table". */
    public ObservableList<Party> together() {
        return together;
    }

    /** The results: group headings, each followed by its records, best first. */
    public ObservableList<SearchItem> items() {
        return items;
    }

    public ObservableList<SavedSearch> savedSearches() {
        return savedSearches;
    }

    /** "12 found", "Nothing found", or empty before anything is typed. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What the index is doing ("Building the search index: 45 %…"), or empty when it is ready. */
    public ReadOnlyStringProperty indexStatusProperty() {
        return indexStatus.getReadOnlyProperty();
    }

    /** 0…1 while the index is built, -1 when its size is not known yet. */
    public ReadOnlyDoubleProperty indexProgressProperty() {
        return indexProgress.getReadOnlyProperty();
    }

    /** True while the index is being built: results may be incomplete. */
    public ReadOnlyBooleanProperty indexingProperty() {
        return indexing.getReadOnlyProperty();
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
