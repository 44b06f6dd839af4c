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
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.liaisonlog.logic.search.SearchFilters;
import org.liaisonlog.logic.settings.SavedSearch;

/**
 * The filters set on the search screen: the period, the values ticked per filter, and "who sat at
 * the same table"; what they make a search's filters of, and how they are kept in a saved search.
 */
final class ChosenFilters {

    /** The name under which "who sat at the same table" is kept in a saved search. */
    static final String TOGETHER = "TOGETHER";
    private static final int SUGGESTIONS = 15;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final Map<FilterKind, Set<String>> chosen = new EnumMap<>(FilterKind.class);
    private final ObservableList<Party> together = FXCollections.observableArrayList();

    /** @param changed told when the period or the parties change (ticked values are told by the caller) */
    ChosenFilters(Runnable changed) {
        for (FilterKind filter : FilterKind.values()) {
            chosen.put(filter, new LinkedHashSet<>());
        }
        from.addListener((obs, old, day) -> changed.run());
        to.addListener((obs, old, day) -> changed.run());
        together.addListener((ListChangeListener<Party>) change -> changed.run());
    }

    ObjectProperty<LocalDate> from() {
        return from;
    }

    ObjectProperty<LocalDate> to() {
        return to;
    }

    ObservableList<Party> together() {
        return together;
    }

    /** The values ticked of a filter. */
    Set<String> chosen(FilterKind filter) {
        return chosen.get(filter);
    }

    SearchFilters filters() {
        SearchFilters filters = SearchFilters.NONE.withPeriod(from.get(), to.get());
        for (FilterKind filter : FilterKind.values()) {
            filters = filter.apply(filters, chosen.get(filter));
        }
        return filters.withTogether(together.stream().map(Party::id).collect(Collectors.toSet()));
    }

    /** Whether the period's last day is before its first: it would find nothing. */
    boolean backwards() {
        return from.get() != null && to.get() != null && to.get().isBefore(from.get());
    }

    /** Period bounds, ticked values and parties at the table. */
    int count() {
        int count = (from.get() == null ? 0 : 1) + (to.get() == null ? 0 : 1) + together.size();
        for (Set<String> keys : chosen.values()) {
            count += keys.size();
        }
        return count;
    }

    /** @return whether anything changed */
    boolean choose(FilterKind filter, String key, boolean selected) {
        return selected ? chosen.get(filter).add(key) : chosen.get(filter).remove(key);
    }

    void chooseYear(int year) {
        from.set(LocalDate.of(year, 1, 1));
        to.set(LocalDate.of(year, 12, 31));
    }

    void clear() {
        from.set(null);
        to.set(null);
        chosen.values().forEach(Set::clear);
        together.clear();
    }

    /** Organisations and people to offer for the table, those chosen left out. */
    List<Party> suggest(SearchChoices choices, String text) {
        return choices.suggest(text, SUGGESTIONS + together.size()).stream()
                .filter(p -> !together.contains(p)).limit(SUGGESTIONS).toList();
    }

    void add(Party party) {
        if (party != null && !together.contains(party)) {
            together.add(party);
        }
    }

    void remove(Party party) {
        together.remove(party);
    }

    /** The parties at the table as the names read now have them. */
    void renameParties(SearchChoices choices) {
        together.replaceAll(p -> choices.party(p.id()).orElse(p));
    }

    /** The ticked values and parties as a saved search keeps them. */
    Map<String, List<String>> toSaved() {
        Map<String, List<String>> filters = new HashMap<>();
        chosen.forEach((filter, keys) -> filters.put(filter.name(), List.copyOf(keys)));
        filters.put(TOGETHER, together.stream().map(p -> p.id().toString()).toList());
        return filters;
    }

    /** Puts back a saved search's filters; a party no longer known is shown under {@code unknown}. */
    void restore(SavedSearch search, SearchChoices choices, String unknown) {
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
                parties.add(choices.party(key).orElse(new Party(key, unknown, false, List.of())));
            } catch (IllegalArgumentException e) {
                // not an id: a saved search from another version; left out
            }
        }
        together.setAll(parties);
    }
}
