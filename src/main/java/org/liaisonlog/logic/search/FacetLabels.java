package org.liaisonlog.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the {@link FacetCounter}'s counts into the facet values shown with the results: the
 * selected values and the most frequent others, keyed and labelled by the {@link Names}.
 */
final class FacetLabels {

    private static final int FACET_SIZE = 50;

    private final Names names;

    FacetLabels(Names names) {
        this.names = names;
    }

    /** The values of every facet to show (none when nothing was counted: no event matched). */
    Map<Facet, List<FacetValue>> values(FacetCounter.Counts counts, SearchFilters filters) throws IOException {
        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        if (!counts.isEmpty()) {
            for (Facet facet : Facet.values()) {
                facets.put(facet, values(facet, counts, selected(facet, filters)));
            }
        }
        return facets;
    }

    private static Set<String> selected(Facet facet, SearchFilters f) {
        return switch (facet) {
            case EVENT_KIND -> names(f.eventKinds());
            case YEAR -> Set.of();
            case COUNTRY -> f.countries();
            case CITY -> f.cities();
            case ORGANISER -> new HashSet<>(QueryRunner.strings(f.organisers()));
            case THEME -> new HashSet<>(QueryRunner.strings(f.themes()));
            case ATTENDING_ORGANISATION -> new HashSet<>(QueryRunner.strings(f.attendingOrganisations()));
            case ATTENDING_COUNTRY -> f.attendingCountries();
            case CAPACITY -> names(f.capacities());
        };
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        Set<String> names = new HashSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

    /**
     * The values of a facet to show: the selected ones, then the others with the most events (ties:
     * the smaller key first; years: the latest), at most {@link #FACET_SIZE} in all. Only the chosen
     * ordinals are turned into values and labels.
     */
    private List<FacetValue> values(Facet facet, FacetCounter.Counts counts, Set<String> selected) throws IOException {
        int[] array = counts.of(facet);
        List<FacetValue> values = new ArrayList<>();
        for (String key : selected) {
            values.add(new FacetValue(key, label(facet, key), counts.count(facet, key), true));
        }
        if (array != null) {
            // the top ordinals by count, worst at the head; ordinal order is key order
            boolean years = facet == Facet.YEAR;
            Comparator<int[]> better = years
                    ? Comparator.comparingInt((int[] e) -> e[0])
                    : Comparator.<int[]>comparingInt(e -> e[1]).thenComparingInt(e -> -e[0]);
            int room = FACET_SIZE - Math.min(FACET_SIZE, selected.size());
            int wanted = room + selected.size();
            PriorityQueue<int[]> top = new PriorityQueue<>(better);
            for (int ord = 0; ord < array.length; ord++) {
                if (array[ord] == 0) {
                    continue;
                }
                int[] entry = {ord, array[ord]};
                if (top.size() < wanted) {
                    top.add(entry);
                } else if (better.compare(entry, top.peek()) > 0) {
                    top.poll();
                    top.add(entry);
                }
            }
            List<int[]> chosen = new ArrayList<>(top);
            chosen.sort(better.reversed());
            int added = 0;
            for (int i = 0; i < chosen.size() && (added < room || values.size() < FACET_SIZE); i++) {
                String key = counts.value(facet, chosen.get(i)[0]);
                if (selected.contains(key)) {
                    continue;
                }
                values.add(new FacetValue(key, label(facet, key), chosen.get(i)[1], false));
                added++;
            }
        }
        Comparator<FacetValue> order = facet == Facet.YEAR
                ? Comparator.comparing(FacetValue::key).reversed()
                : Comparator.comparing((FacetValue v) -> -v.count()).thenComparing(FacetValue::label);
        values.sort(order);
        return values;
    }

    private String label(Facet facet, String key) {
        try {
            return switch (facet) {
                case ORGANISER, ATTENDING_ORGANISATION -> names.orgDisplay(UUID.fromString(key));
                case THEME -> names.themeName(UUID.fromString(key));
                case COUNTRY, ATTENDING_COUNTRY -> names.countryName(key);
                default -> key;
            };
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
