package org.liaisonlog.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Turns the {@link FacetCounter}'s counts into the facet values shown with the results: the
 * selected values and the most frequent others, keyed and labelled by the {@link Names}.
 */
final class FacetLabels {

    private static final int FACET_SIZE = 50;
    /** A block of counts that are all 0 (never changed). */
    private static final int[] NONE = new int[256];

    // Written out rather than composed: the composed ones box every count they compare.
    /** Most events first, then by label. */
    private static final Comparator<FacetValue> MOST_FIRST =
            (a, b) -> a.count() != b.count() ? Integer.compare(b.count(), a.count()) : a.label().compareTo(b.label());
    /** Latest year first. */
    private static final Comparator<FacetValue> LATEST_FIRST = (a, b) -> b.key().compareTo(a.key());

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
            case ORGANISER -> ids(f.organisers());
            case THEME -> ids(f.themes());
            case ATTENDING_ORGANISATION -> ids(f.attendingOrganisations());
            case ATTENDING_COUNTRY -> f.attendingCountries();
            case CAPACITY -> names(f.capacities());
        };
    }

    private static Set<String> ids(Collection<UUID> ids) {
        return ids.isEmpty() ? Set.of() : new HashSet<>(QueryRunner.strings(ids));
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        if (values.isEmpty()) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

    /**
     * The values of a facet to show: the selected ones, then the others with the most events (ties:
     * the smaller key first; years: the latest), at most {@link #FACET_SIZE} in all. Only the chosen
     * ordinals are turned into values and labels, each label made once per index reader.
     */
    private List<FacetValue> values(Facet facet, FacetCounter.Counts counts, Set<String> selected) throws IOException {
        int[] array = counts.of(facet);
        List<FacetValue> values = new ArrayList<>();
        for (String key : selected) {
            values.add(new FacetValue(key, label(facet, key), counts.count(facet, key), true));
        }
        if (array != null) {
            boolean years = facet == Facet.YEAR;
            int room = FACET_SIZE - Math.min(FACET_SIZE, selected.size());
            long[] chosen = best(array, room + selected.size(), years);
            int added = 0;
            for (int i = 0; i < chosen.length && (added < room || values.size() < FACET_SIZE); i++) {
                int ord = years ? (int) chosen[i] : Integer.MAX_VALUE - (int) (chosen[i] & Integer.MAX_VALUE);
                String key = counts.value(facet, ord);
                if (selected.contains(key)) {
                    continue;
                }
                String label = counts.label(facet, ord, k -> label(facet, k));
                values.add(new FacetValue(key, label, array[ord], false));
                added++;
            }
        }
        values.sort(facet == Facet.YEAR ? LATEST_FIRST : MOST_FIRST);
        return values;
    }

    /**
     * The ranks of the {@code wanted} best ordinals with a count, best first. A rank is a number
     * that is greater for a better ordinal: for years the ordinal itself (the latest year is best;
     * ordinal order is key order), else the count, then the smaller ordinal, in one long
     * ({@code count << 31 | MAX_VALUE - ordinal}), so that choosing compares numbers, not objects.
     */
    static long[] best(int[] counts, int wanted, boolean years) {
        // a min-heap of the best ranks so far: the worst of them at the root
        long[] heap = new long[wanted];
        int size = 0;
        for (int block = 0; block < counts.length; block += NONE.length) {
            int end = Math.min(counts.length, block + NONE.length);
            // most counts are 0 (a search finds a few of 20 000 organisations): a block of them is
            // passed over at once (Arrays.mismatch compares many at a time)
            if (Arrays.mismatch(counts, block, end, NONE, 0, end - block) < 0) {
                continue;
            }
            for (int ord = block; ord < end; ord++) {
                if (counts[ord] == 0) {
                    continue;
                }
                long rank = years ? ord : (long) counts[ord] << 31 | (Integer.MAX_VALUE - ord);
                if (size < wanted) {
                    heap[size] = rank;
                    up(heap, size++);
                } else if (size > 0 && rank > heap[0]) {
                    heap[0] = rank;
                    down(heap, size);
                }
            }
        }
        // taken out worst first, so put in from the end
        long[] best = new long[size];
        for (int i = size - 1; i >= 0; i--) {
            best[i] = heap[0];
            heap[0] = heap[i];
            down(heap, i);
        }
        return best;
    }

    private static void up(long[] heap, int at) {
        while (at > 0) {
            int parent = (at - 1) / 2;
            if (heap[parent] <= heap[at]) {
                return;
            }
            long swap = heap[parent];
            heap[parent] = heap[at];
            heap[at] = swap;
            at = parent;
        }
    }

    private static void down(long[] heap, int size) {
        int at = 0;
        while (true) {
            int least = at;
            int left = 2 * at + 1;
            int right = left + 1;
            if (left < size && heap[left] < heap[least]) {
                least = left;
            }
            if (right < size && heap[right] < heap[least]) {
                least = right;
            }
            if (least == at) {
                return;
            }
            long swap = heap[least];
            heap[least] = heap[at];
            heap[at] = swap;
            at = least;
        }
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
