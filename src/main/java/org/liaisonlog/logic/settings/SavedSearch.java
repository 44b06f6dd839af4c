package org.liaisonlog.logic.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A search the user named and saved: the text typed and the filters chosen beside the results.
 *
 * @param name    what the user called it
 * @param query   the text of the search field, as typed
 * @param from    the first day of the period filter, or null
 * @param to      the last day of the period filter, or null
 * @param filters for each filter (by the name the search screen gives it), the values chosen; empty lists are dropped
 */
public record SavedSearch(String name, String query, LocalDate from, LocalDate to, Map<String, List<String>> filters) {

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        query = query == null ? "" : query;
        Map<String, List<String>> kept = new TreeMap<>();
        if (filters != null) {
            filters.forEach((filter, values) -> {
                if (filter != null && values != null && !values.isEmpty()) {
                    kept.put(filter, List.copyOf(values));
                }
            });
        }
        filters = java.util.Collections.unmodifiableMap(kept);
    }

    /** The values chosen for a filter, or an empty list. */
    public List<String> values(String filter) {
        return filters.getOrDefault(filter, List.of());
    }
}
