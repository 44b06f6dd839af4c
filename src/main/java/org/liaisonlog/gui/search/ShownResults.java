package org.liaisonlog.gui.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.search.Facet;
import org.liaisonlog.logic.search.SearchResults;

/**
 * What the search screen shows of a search's results: its lines, the filters' values and the years
 * with their counts, and a status line.
 */
final class ShownResults {

    private final Messages messages;
    private final ResultTexts texts;
    private final Map<FilterKind, ObservableList<FilterOption>> options = new EnumMap<>(FilterKind.class);
    private final ObservableList<FilterOption> years = FXCollections.observableArrayList();
    private final ObservableList<SearchItem> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    ShownResults(Messages messages) {
        this.messages = messages;
        this.texts = new ResultTexts(messages);
        for (FilterKind filter : FilterKind.values()) {
            options.put(filter, FXCollections.observableArrayList());
        }
    }

    /** Shows the results; {@code asked} is false for the counts shown before any word or filter. */
    void show(SearchResults results, ChosenFilters chosen, SearchChoices choices, boolean asked) {
        items.setAll(texts.lines(results, choices));
        for (FilterKind filter : FilterKind.values()) {
            options.get(filter).setAll(
                    texts.options(filter, results.facet(filter.facet()), chosen.chosen(filter), choices));
        }
        years.setAll(texts.years(results.facet(Facet.YEAR)));
        int found = results.groups().stream().mapToInt(SearchResults.Group::total).sum();
        status.set(!asked ? "" : results.isEmpty() ? messages.get("search.nothing")
                : messages.format("search.found", found));
    }

    ObservableList<FilterOption> options(FilterKind filter) {
        return options.get(filter);
    }

    ObservableList<FilterOption> years() {
        return years;
    }

    ObservableList<SearchItem> items() {
        return items;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
