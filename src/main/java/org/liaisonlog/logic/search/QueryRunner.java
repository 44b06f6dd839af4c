package org.liaisonlog.logic.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.liaisonlog.logic.search.KindCollector.Scored;

/**
 * Runs one search on an index searcher: builds the Lucene query from the text and the filters,
 * collects the best hits of each kind and the facets' counts, and turns them into
 * {@link SearchResults}, with labelled facet values; the hits' marks and snippets are made when a
 * screen first asks for them ({@link HitTexts}).
 */
final class QueryRunner {

    private final FacetCounter facetCounter = new FacetCounter();
    private final FacetLabels facetLabels;

    QueryRunner(Names names) {
        this.facetLabels = new FacetLabels(names);
    }

    /** What the query found: the best hits of each kind and the facets' counts (empty without events). */
    record Collected(KindCollector hits, FacetCounter.Counts counts) {
    }

    /** Runs the query and counts the facets; no stored field is read. */
    Collected collect(IndexSearcher searcher, QueryText text, SearchFilters filters, boolean eventsOnly,
                      int limit, boolean fuzzy) throws IOException {
        Query textQuery = new Queries(fuzzy, searcher.getIndexReader()).build(text);
        Map<Facet, Query> filterQueries = filterQueries(filters);
        List<Query> fixed = new ArrayList<>(filterQueries.values());
        for (UUID id : filters.together()) {
            fixed.add(new TermQuery(new Term(Documents.PARTY, id.toString())));
        }
        if (text.yearFrom() != null) {
            fixed.add(IntPoint.newRangeQuery(Documents.YEAR, text.yearFrom(), text.yearTo()));
        }
        if (eventsOnly) {
            fixed.add(new TermQuery(new Term(Documents.KIND, RecordKind.EVENT.name())));
        }
        Query main = combine(textQuery, fixed, List.of());
        KindCollector collector = new KindCollector(limit, searcher.getIndexReader().maxDoc());
        searcher.search(main, collector);

        FacetCounter.Counts counts = FacetCounter.Counts.none(searcher.getIndexReader());
        if (collector.totals[RecordKind.EVENT.ordinal()] > 0) {
            List<Facet> plain = new ArrayList<>();
            for (Facet facet : Facet.values()) {
                if (filterQueries.containsKey(facet)) {
                    // counted without its own filter, so its other values keep their counts
                    List<Query> others = new ArrayList<>(fixed);
                    others.remove(filterQueries.get(facet));
                    BitsCollector bits = new BitsCollector(searcher.getIndexReader().maxDoc());
                    searcher.search(combine(textQuery, others, List.of()), bits);
                    counts.putAll(facetCounter.count(searcher.getIndexReader(), bits.bits, List.of(facet)));
                } else {
                    plain.add(facet);
                }
            }
            counts.putAll(facetCounter.count(searcher.getIndexReader(), collector.events, plain));
        }
        return new Collected(collector, counts);
    }

    /**
     * Runs the query and makes the results: the hits' stored fields read (to be marked and cut into
     * snippets when first shown), the facets' values labelled; {@code begin} (nanos) is when the
     * search began.
     */
    SearchResults run(IndexSearcher searcher, QueryText text, SearchFilters filters, boolean eventsOnly,
                      int limit, boolean fuzzy, IndexState stateNow, long begin) throws IOException {
        Collected collected = collect(searcher, text, filters, eventsOnly, limit, fuzzy);
        KindCollector collector = collected.hits;
        Marker marker = new Marker(text, fuzzy);
        StoredFields stored = searcher.storedFields();
        List<SearchResults.Group> groups = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            List<Scored> top = collector.top(kind);
            if (top.isEmpty()) {
                continue;
            }
            List<SearchHit> hits = new ArrayList<>();
            for (Scored s : top) {
                hits.add(hit(stored.document(s.doc()), kind, s.score(), marker));
            }
            groups.add(new SearchResults.Group(kind, hits, collector.totals[kind.ordinal()]));
        }
        groups.sort(Comparator.comparing((SearchResults.Group g) -> -g.hits().get(0).score())
                .thenComparing(g -> g.kind().ordinal()));
        return new SearchResults(groups, facetLabels.values(collected.counts, filters), stateNow, millis(begin));
    }

    /**
     * Nothing asked yet (no words, no filter): no hits, but every facet's counts over all events,
     * so that one can begin with the filters alone.
     */
    SearchResults overview(IndexSearcher searcher, IndexState stateNow, long begin) throws IOException {
        Collected collected = collect(searcher, QueryText.parse(""), SearchFilters.NONE, true, 1, false);
        return new SearchResults(List.of(), facetLabels.values(collected.counts, SearchFilters.NONE), stateNow,
                millis(begin));
    }

    private static Query combine(Query text, List<Query> filters, List<Query> excluded) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text == null ? new MatchAllDocsQuery() : text, Occur.MUST);
        filters.forEach(f -> builder.add(f, Occur.FILTER));
        excluded.forEach(f -> builder.add(f, Occur.MUST_NOT));
        return builder.build();
    }

    private Map<Facet, Query> filterQueries(SearchFilters f) {
        Map<Facet, Query> queries = new EnumMap<>(Facet.class);
        if (f.from() != null || f.to() != null) {
            long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
            long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
            BooleanQuery.Builder period = new BooleanQuery.Builder();
            period.add(LongPoint.newRangeQuery(Documents.FROM, Long.MIN_VALUE, to), Occur.FILTER);
            period.add(LongPoint.newRangeQuery(Documents.TO, from, Long.MAX_VALUE), Occur.FILTER);
            queries.put(Facet.YEAR, period.build());
        }
        terms(queries, Facet.EVENT_KIND, Documents.F_KIND, f.eventKinds().stream().map(Enum::name).toList());
        terms(queries, Facet.COUNTRY, Documents.F_COUNTRY, f.countries());
        terms(queries, Facet.CITY, Documents.CITY_KEY, f.cities().stream().map(Analysis::key).toList());
        terms(queries, Facet.ORGANISER, Documents.F_ORGANISER, strings(f.organisers()));
        terms(queries, Facet.THEME, Documents.F_THEME, strings(f.themes()));
        terms(queries, Facet.ATTENDING_ORGANISATION, Documents.F_ATT_ORG, strings(f.attendingOrganisations()));
        terms(queries, Facet.ATTENDING_COUNTRY, Documents.F_ATT_COUNTRY, f.attendingCountries());
        terms(queries, Facet.CAPACITY, Documents.F_CAPACITY, f.capacities().stream().map(Enum::name).toList());
        return queries;
    }

    static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static void terms(Map<Facet, Query> queries, Facet facet, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            queries.put(facet, new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
        }
    }

    /** A hit from its stored document; its title and snippet are marked when first asked for. */
    private SearchHit hit(Document doc, RecordKind kind, float score, Marker marker) {
        HitTexts texts = HitTexts.lazy(doc.get(Documents.S_TITLE), List.of(doc.getValues(Documents.S_TEXT)), marker);
        return new SearchHit(kind, UUID.fromString(doc.get(Documents.ID)), texts, doc.get(Documents.S_DETAIL), score,
                StoredDates.read(doc.get(Documents.S_START)), StoredDates.read(doc.get(Documents.S_END)),
                parts(doc.getValues(Documents.S_PART)));
    }

    private static List<DetailPart> parts(String[] stored) {
        List<DetailPart> parts = new ArrayList<>(stored.length);
        for (String part : stored) {
            parts.add(DetailPart.decode(part));
        }
        return parts;
    }

    /** The milliseconds since {@code beginNanos} (a {@link System#nanoTime()}). */
    static long millis(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1_000_000;
    }
}
