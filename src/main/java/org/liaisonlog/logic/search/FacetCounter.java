package org.liaisonlog.logic.search;

import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.packed.PackedInts;

/**
 * Counts facet values over the matching documents by ordinal, in one pass over the documents for
 * all facets. Counts are kept in arrays by the index-wide ordinal of each value (the segments'
 * ordinals mapped through {@link OrdinalMap}s built per reader when first needed and cached; none is needed
 * when the index is one segment), so no value is turned into a string until it is chosen for
 * display.
 */
final class FacetCounter {

    /** The ordinal maps of one reader, each built when first needed (none for a single segment). */
    private static final class Ords {
        private final IndexReader reader;
        private final IndexReader.CacheKey key;
        private final Map<Facet, OrdinalMap> maps = new EnumMap<>(Facet.class);
        /*
         * The values already looked up and the labels already made, by facet and index-wide
         * ordinal, for the next searches on this reader: a reader's values never change, nor do
         * their labels (a record renamed is indexed anew, with the names the labels come from
         * updated first, which makes a new reader and so new labels). Read and written without a
         * lock, since a search asks for some hundred: two searches may both look a value up and
         * write the same string, and a string is seen whole or not at all (its fields are final).
         */
        private final Map<Facet, String[]> values = new ConcurrentHashMap<>();
        private final Map<Facet, String[]> labels = new ConcurrentHashMap<>();

        Ords(IndexReader reader, IndexReader.CacheKey key) {
            this.reader = reader;
            this.key = key;
        }

        synchronized OrdinalMap map(Facet facet) throws IOException {
            List<LeafReaderContext> leaves = reader.leaves();
            if (leaves.size() <= 1) {
                return null;
            }
            OrdinalMap map = maps.get(facet);
            if (map == null) {
                SortedSetDocValues[] values = new SortedSetDocValues[leaves.size()];
                for (int l = 0; l < leaves.size(); l++) {
                    values[l] = DocValues.getSortedSet(leaves.get(l).reader(), field(facet));
                }
                map = OrdinalMap.build(key, values, PackedInts.DEFAULT);
                maps.put(facet, map);
            }
            return map;
        }

        /** The value of the ordinal if it was looked up before, else null. */
        String known(Facet facet, int ord) {
            return known(values, facet, ord);
        }

        /** Keeps a value looked up, for the next search on this reader. */
        void keep(Facet facet, int ord, String value, int valueCount) {
            keep(values, facet, ord, value, valueCount);
        }

        /** The label of the ordinal's value if it was made before on this reader, else null. */
        String knownLabel(Facet facet, int ord) {
            return known(labels, facet, ord);
        }

        /** Keeps a value's label, for the next search on this reader. */
        void keepLabel(Facet facet, int ord, String label, int valueCount) {
            keep(labels, facet, ord, label, valueCount);
        }

        private static String known(Map<Facet, String[]> kept, Facet facet, int ord) {
            String[] known = kept.get(facet);
            return known == null || ord >= known.length ? null : known[ord];
        }

        private static void keep(Map<Facet, String[]> kept, Facet facet, int ord, String text, int valueCount) {
            String[] known = kept.computeIfAbsent(facet, f -> new String[valueCount]);
            if (ord < known.length) {
                known[ord] = text;
            }
        }
    }

    private volatile Ords cached;

    /** The doc-values field that holds a facet's values. */
    static String field(Facet facet) {
        return switch (facet) {
            case EVENT_KIND -> Documents.F_KIND;
            case YEAR -> Documents.F_YEAR;
            case COUNTRY -> Documents.F_COUNTRY;
            case CITY -> Documents.F_CITY;
            case ORGANISER -> Documents.F_ORGANISER;
            case THEME -> Documents.F_THEME;
            case ATTENDING_ORGANISATION -> Documents.F_ATT_ORG;
            case ATTENDING_COUNTRY -> Documents.F_ATT_COUNTRY;
            case CAPACITY -> Documents.F_CAPACITY;
        };
    }

    /** The counts of the facets over {@code docs}, by index-wide ordinal. */
    Counts count(IndexReader reader, FixedBitSet docs, List<Facet> facets) throws IOException {
        Ords ords = ords(reader);
        List<LeafReaderContext> leaves = reader.leaves();
        Counts counts = new Counts(reader, ords);
        int[][] arrays = new int[facets.size()][];
        for (int f = 0; f < facets.size(); f++) {
            arrays[f] = counts.array(facets.get(f));
        }
        SortedSetDocValues[] values = new SortedSetDocValues[facets.size()];
        LongValues[] toGlobal = new LongValues[facets.size()];
        for (int l = 0; l < leaves.size(); l++) {
            LeafReaderContext leaf = leaves.get(l);
            int base = leaf.docBase;
            int end = base + leaf.reader().maxDoc();
            if (base >= docs.length()) {
                break;
            }
            int first = docs.nextSetBit(base);
            if (first == DocIdSetIterator.NO_MORE_DOCS || first >= end) {
                continue;
            }
            for (int f = 0; f < facets.size(); f++) {
                Facet facet = facets.get(f);
                values[f] = DocValues.getSortedSet(leaf.reader(), field(facet));
                OrdinalMap map = ords.map(facet);
                toGlobal[f] = map == null ? LongValues.IDENTITY : map.getGlobalOrds(l);
            }
            int last = Math.min(end, docs.length());
            for (int doc = first; doc < last; ) {
                int local = doc - base;
                for (int f = 0; f < values.length; f++) {
                    SortedSetDocValues v = values[f];
                    if (v.advanceExact(local)) {
                        int[] array = arrays[f];
                        LongValues global = toGlobal[f];
                        for (int i = v.docValueCount(); i > 0; i--) {
                            array[(int) global.get(v.nextOrd())]++;
                        }
                    }
                }
                doc = doc + 1 < last ? docs.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
            }
        }
        return counts;
    }

    /** The ordinal maps of the reader, cached for the last reader seen. */
    private Ords ords(IndexReader reader) {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        IndexReader.CacheKey key = helper == null ? null : helper.getKey();
        Ords now = cached;
        if (key != null && now != null && now.key == key) {
            return now;
        }
        Ords fresh = new Ords(reader, key);
        if (key != null) {
            cached = fresh;
        }
        return fresh;
    }

    /** Counts by index-wide ordinal, with the lookups between ordinals and values. */
    static final class Counts {
        private final IndexReader reader;
        private Ords ords;
        private final Map<Facet, int[]> arrays = new EnumMap<>(Facet.class);
        /** Each facet's doc values per segment, opened by the first {@link #value} lookup in it. */
        private final Map<Facet, SortedSetDocValues[]> lookups = new EnumMap<>(Facet.class);

        private Counts(IndexReader reader, Ords ords) {
            this.reader = reader;
            this.ords = ords;
        }

        /** An empty set of counts for the reader (no facet counted). */
        static Counts none(IndexReader reader) {
            return new Counts(reader, new Ords(reader, null));
        }

        private int[] array(Facet facet) throws IOException {
            int[] array = new int[Math.toIntExact(valueCount(facet))];
            arrays.put(facet, array);
            return array;
        }

        /** The counts of the facet by ordinal, or null when it was not counted. */
        int[] of(Facet facet) {
            return arrays.get(facet);
        }

        /** Puts the counts of another counting (same reader) for its facets. */
        void putAll(Counts other) {
            if (other.reader != reader) {
                throw new IllegalArgumentException("counts of another reader");
            }
            ords = other.ords;
            arrays.putAll(other.arrays);
        }

        boolean isEmpty() {
            return arrays.isEmpty();
        }

        int size() {
            return arrays.size();
        }

        private long valueCount(Facet facet) throws IOException {
            OrdinalMap map = ords.map(facet);
            if (map != null) {
                return map.getValueCount();
            }
            List<LeafReaderContext> leaves = reader.leaves();
            return leaves.isEmpty() ? 0
                    : DocValues.getSortedSet(leaves.get(0).reader(), field(facet)).getValueCount();
        }

        /**
         * The value of an index-wide ordinal: kept from an earlier search on the same reader, or
         * looked up in the doc values of its segment, opened once per facet for this counting
         * (opening them costs more than the lookup itself).
         */
        String value(Facet facet, int ord) throws IOException {
            String known = ords.known(facet, ord);
            if (known != null) {
                return known;
            }
            OrdinalMap map = ords.map(facet);
            int segment = map == null ? 0 : map.getFirstSegmentNumber(ord);
            long local = map == null ? ord : map.getFirstSegmentOrd(ord);
            SortedSetDocValues[] opened = lookups.computeIfAbsent(facet,
                    f -> new SortedSetDocValues[reader.leaves().size()]);
            if (opened[segment] == null) {
                opened[segment] = DocValues.getSortedSet(reader.leaves().get(segment).reader(), field(facet));
            }
            String value = opened[segment].lookupOrd(local).utf8ToString();
            ords.keep(facet, ord, value, size(facet));
            return value;
        }

        /**
         * The label of an index-wide ordinal's value: kept from an earlier search on the same
         * reader, or made now by {@code labeller} from the value, and kept.
         */
        String label(Facet facet, int ord, Function<String, String> labeller) throws IOException {
            String known = ords.knownLabel(facet, ord);
            if (known != null) {
                return known;
            }
            String label = labeller.apply(value(facet, ord));
            ords.keepLabel(facet, ord, label, size(facet));
            return label;
        }

        /** How many values the facet has in the index: the length of its counts when it was counted. */
        private int size(Facet facet) throws IOException {
            int[] array = arrays.get(facet);
            return array != null ? array.length : Math.toIntExact(valueCount(facet));
        }

        /** The count of a value (0 when it is not in the index or not counted). */
        int count(Facet facet, String value) throws IOException {
            int[] array = arrays.get(facet);
            if (array == null) {
                return 0;
            }
            BytesRef term = new BytesRef(value);
            List<LeafReaderContext> leaves = reader.leaves();
            OrdinalMap map = ords.map(facet);
            for (int l = 0; l < leaves.size(); l++) {
                long local = DocValues.getSortedSet(leaves.get(l).reader(), field(facet)).lookupTerm(term);
                if (local >= 0) {
                    long global = map == null ? local : map.getGlobalOrds(l).get(local);
                    return array[(int) global];
                }
            }
            return 0;
        }
    }
}
