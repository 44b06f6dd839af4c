package org.liaisonlog.logic.search;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a search found.
 *
 * @param groups  the hits grouped by kind, groups in the order to show them (the group whose best hit
 *                scores highest first; events first on a tie), best hit first within each group;
 *                kinds with no hit are left out
 * @param facets  for each {@link Facet}, its values with counts for the current search, most
 *                events first (at most 50 a facet, plus every selected value); empty when the
 *                search finds no events
 * @param state   the index's state when the search ran: when not READY, the results are partial
 * @param tookMillis how long the search took inside the engine
 */
public record SearchResults(List<Group> groups, Map<Facet, List<FacetValue>> facets, IndexState state,
                            long tookMillis) {

    public SearchResults {
        groups = List.copyOf(groups);
        facets = Map.copyOf(facets);
        Objects.requireNonNull(state, "state");
    }

    /**
     * The hits of one kind.
     *
     * @param kind  their kind
     * @param hits  best first, at most the request's limit
     * @param total how many records of this kind match in all (may exceed {@code hits.size()})
     */
    public record Group(RecordKind kind, List<SearchHit> hits, int total) {
        public Group {
            hits = List.copyOf(hits);
        }
    }

    /** The group of a kind, or an empty one. */
    public Group group(RecordKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).findFirst().orElse(new Group(kind, List.of(), 0));
    }

    /** All hits, group after group, as they are shown. */
    public List<SearchHit> hits() {
        return groups.stream().flatMap(g -> g.hits().stream()).toList();
    }

    public List<FacetValue> facet(Facet facet) {
        return facets.getOrDefault(facet, List.of());
    }

    /** True when nothing was found. */
    public boolean isEmpty() {
        return groups.isEmpty();
    }
}
