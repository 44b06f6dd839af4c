package org.liaisonlog.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergePolicy.MergeContext;
import org.apache.lucene.index.MergePolicy.MergeSpecification;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.liaisonlog.logic.history.ChangeHistory;
import org.liaisonlog.logic.search.IndexState.Phase;
import org.liaisonlog.logic.search.SearchSource.EventRow;
import org.liaisonlog.logic.search.SearchSource.OrganisationRow;
import org.liaisonlog.logic.search.SearchSource.PersonRow;
import org.liaisonlog.logic.search.SearchSource.ThemeRow;
import org.liaisonlog.logic.search.SearchSource.TripRow;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;

/**
 * The engine behind {@link CatalogueSearch}: a Lucene index in a {@link ByteBuffersDirectory}
 * (memory only), built from the {@link SearchSource}, kept fresh from the {@link ChangeHistory}.
 */
final class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    /** Changes are read back this far before the last one seen: a transaction may commit late. */
    private static final Duration OVERLAP = Duration.ofSeconds(60);
    private static final long REFRESH_EVERY_MILLIS = 1000;
    private static final int FACET_SIZE = 50;
    /** The index is merged down to this many segments once built. */
    private static final int MERGED_SEGMENTS = 1;

    private final SearchSource source;
    private final ChangeHistory history;
    private final Names names = new Names();
    private final Documents documents = new Documents(names);
    private final FacetCounter facetCounter = new FacetCounter();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicReference<IndexState> state = new AtomicReference<>(new IndexState(Phase.NOT_STARTED, 0, 0));
    private final List<Consumer<IndexState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch buildDone = new CountDownLatch(1);
    /** One writer of changes at a time (the builder, or a search catching up). */
    private final ReentrantLock updates = new ReentrantLock();
    /** The changes already applied, by id, with their times (those older than the overlap are dropped). */
    private final Map<UUID, Instant> seen = new HashMap<>();
    private Instant mark = Instant.EPOCH;
    /** True until the first build has merged its segments; no merge is started meanwhile. */
    private volatile boolean firstBuild = true;

    SearchEngine(SearchSource source, ChangeHistory history) {
        this.source = source;
        this.history = history;
        try {
            IndexWriterConfig config = new IndexWriterConfig(Analysis.PER_FIELD);
            config.setRAMBufferSizeMB(64);
            // no merging while the index is first built: its segments are merged once, into one, at the end
            config.setMergePolicy(new FilterMergePolicy(new TieredMergePolicy()) {
                @Override
                public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos infos, MergeContext context)
                        throws IOException {
                    return firstBuild ? null : super.findMerges(trigger, infos, context);
                }
            });
            config.setCommitOnClose(false);
            this.writer = new IndexWriter(directory, config);
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    IndexState state() {
        return state.get();
    }

    void addStateListener(Consumer<IndexState> listener) {
        listeners.add(listener);
    }

    boolean awaitReady(Duration timeout) throws InterruptedException {
        buildDone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return state.get().isReady();
    }

    void startBuilding(Executor executor) {
        if (closed.get() || !started.compareAndSet(false, true)) {
            return;
        }
        setState(new IndexState(Phase.BUILDING, 0, 0));
        Runnable work = this::build;
        if (executor == null) {
            Thread thread = new Thread(work, "search-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        } else {
            try {
                executor.execute(work);
            } catch (RuntimeException e) {
                finished.countDown();
                buildDone.countDown();
                setState(new IndexState(Phase.FAILED, 0, 0));
            }
        }
    }

    // ---------------------------------------------------------------- building

    private void build() {
        updates.lock();
        try {
            Instant begin = Instant.now();
            long total = 0;
            for (RecordKind kind : RecordKind.values()) {
                total += source.count(kind);
            }
            Progress progress = new Progress(total);
            names.setCountries(source.countries());
            List<ThemeRow> themes = new ArrayList<>();
            source.themes(null, themes::add);
            themes.forEach(names::put);
            for (ThemeRow theme : themes) {
                add(documents.theme(theme), progress);
            }
            List<OrganisationRow> organisations = new ArrayList<>();
            source.organisations(null, organisations::add);
            organisations.forEach(names::put);
            for (OrganisationRow organisation : organisations) {
                add(documents.organisation(organisation), progress);
            }
            searchers.maybeRefresh();
            source.people(null, person -> {
                names.put(person);
                add(documents.person(person), progress);
            });
            searchers.maybeRefresh();
            // the events (most of the work) are read on this thread and made into documents on a second one
            ThreadPoolExecutor helper = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
                    new ArrayBlockingQueue<>(256), new ThreadPoolExecutor.CallerRunsPolicy());
            AtomicReference<RuntimeException> failure = new AtomicReference<>();
            try {
                source.events(null, event -> {
                    if (failure.get() != null) {
                        throw failure.get();
                    }
                    helper.execute(() -> {
                        try {
                            add(documents.event(event), progress);
                        } catch (RuntimeException e) {
                            failure.compareAndSet(null, e);
                        }
                    });
                });
            } finally {
                helper.shutdown();
                try {
                    helper.awaitTermination(10, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (failure.get() != null) {
                throw failure.get();
            }
            searchers.maybeRefresh();
            source.trips(null, trip -> add(documents.trip(trip), progress));
            // the segments flushed while building (about one a second) are merged once, into one: a search
            // then looks its terms up once and counts facets without mapping ordinals across segments;
            // merging nothing before is cheaper than the usual merges along the way (later changes add
            // small segments that merge as usual)
            writer.forceMerge(MERGED_SEGMENTS);
            firstBuild = false;
            searchers.maybeRefreshBlocking();
            mark = begin.minus(OVERLAP);
            applyChanges();
            LOG.fine(() -> "search index built: " + progress.done.get() + " records in "
                    + Duration.between(begin, Instant.now()).toMillis() + " ms");
            setState(new IndexState(Phase.READY, progress.done.get(), progress.done.get()));
        } catch (Stopped e) {
            // closed while building
        } catch (RuntimeException | IOException | Error e) {
            if (!closed.get()) {
                LOG.log(Level.WARNING, "the search index could not be built", e);
                IndexState now = state.get();
                setState(new IndexState(Phase.FAILED, now.done(), now.total()));
            }
        } finally {
            firstBuild = false;
            updates.unlock();
            buildDone.countDown();
            finished.countDown();
        }
    }

    private final class Progress {
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile long lastRefresh = System.currentTimeMillis();
        volatile long lastReported;

        Progress(long total) {
            this.total = total;
        }
    }

    private void add(Document doc, Progress progress) {
        if (closed.get()) {
            throw new Stopped();
        }
        try {
            writer.addDocument(doc);
            long done = progress.done.incrementAndGet();
            long now = System.currentTimeMillis();
            synchronized (progress) {
                if (now - progress.lastRefresh > REFRESH_EVERY_MILLIS) {
                    progress.lastRefresh = now;
                    searchers.maybeRefresh();
                }
                if (done - progress.lastReported >= Math.max(100, progress.total / 50)) {
                    progress.lastReported = done;
                    setState(new IndexState(Phase.BUILDING, done, Math.max(done, progress.total)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Thrown inside the build when the engine is closed, to stop it. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private void setState(IndexState next) {
        state.set(next);
        for (Consumer<IndexState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a search state listener failed", e);
            }
        }
    }

    // ---------------------------------------------------------------- freshness

    /** Brings the index up to date with the change history (once built). */
    private void catchUp() {
        if (state.get().phase() != Phase.READY) {
            return;
        }
        updates.lock();
        try {
            if (applyChanges()) {
                searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            updates.unlock();
        }
    }

    /** Re-indexes the records changed since the mark; true when something was applied. Under the lock. */
    private boolean applyChanges() throws IOException {
        List<ChangeEntry> entries = history.since(mark.minus(OVERLAP));
        Map<RecordType, Set<UUID>> changed = new EnumMap<>(RecordType.class);
        Set<UUID> mergedPeople = new HashSet<>();
        Instant newest = mark;
        for (ChangeEntry entry : entries) {
            if (seen.putIfAbsent(entry.id(), entry.at()) != null) {
                continue;
            }
            changed.computeIfAbsent(entry.type(), t -> new HashSet<>()).add(entry.recordId());
            if (entry.type() == RecordType.PERSON && entry.kind() != ChangeKind.UPDATE
                    && entry.kind() != ChangeKind.CREATE) {
                mergedPeople.add(entry.recordId());
            }
            if (entry.at().isAfter(newest)) {
                newest = entry.at();
            }
        }
        mark = newest;
        Instant forget = mark.minus(OVERLAP).minus(OVERLAP);
        seen.values().removeIf(at -> at.isBefore(forget));
        if (changed.isEmpty()) {
            return false;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            Set<UUID> events = new HashSet<>(changed.getOrDefault(RecordType.EVENT, Set.of()));
            Set<UUID> trips = new HashSet<>(changed.getOrDefault(RecordType.TRIP, Set.of()));
            Set<UUID> people = new HashSet<>(changed.getOrDefault(RecordType.PERSON, Set.of()));
            Set<UUID> themes = changed.getOrDefault(RecordType.THEME, Set.of());
            if (!themes.isEmpty()) {
                Set<UUID> affected = new HashSet<>(themes);
                affected.addAll(ids(searcher, Documents.THEME_PARENT, themes));
                Map<UUID, ThemeRow> found = new HashMap<>();
                source.themes(affected, t -> found.put(t.id(), t));
                for (UUID id : affected) {
                    if (found.containsKey(id)) {
                        names.put(found.get(id));
                    } else {
                        names.themes.remove(id);
                    }
                }
                for (UUID id : affected) {
                    replace(id, found.containsKey(id) ? documents.theme(found.get(id)) : null);
                }
                events.addAll(ids(searcher, Documents.F_THEME, themes));
            }
            Set<UUID> organisations = changed.getOrDefault(RecordType.ORGANISATION, Set.of());
            if (!organisations.isEmpty()) {
                Map<UUID, OrganisationRow> found = new HashMap<>();
                source.organisations(organisations, o -> found.put(o.id(), o));
                for (UUID id : organisations) {
                    if (found.containsKey(id)) {
                        names.put(found.get(id));
                    } else {
                        names.organisations.remove(id);
                    }
                }
                for (UUID id : organisations) {
                    replace(id, found.containsKey(id) ? documents.organisation(found.get(id)) : null);
                }
                events.addAll(ids(searcher, Documents.F_ORGANISER, organisations));
                events.addAll(ids(searcher, Documents.F_ATT_ORG, organisations));
                events.addAll(ids(searcher, Documents.PARTY, organisations));
                people.addAll(ids(searcher, Documents.PERSON_ORG, organisations));
            }
            if (!people.isEmpty()) {
                Map<UUID, PersonRow> found = new HashMap<>();
                source.people(people, p -> found.put(p.id(), p));
                for (UUID id : people) {
                    if (found.containsKey(id)) {
                        names.put(found.get(id));
                    } else {
                        names.people.remove(id);
                    }
                }
                for (UUID id : people) {
                    replace(id, found.containsKey(id) ? documents.person(found.get(id)) : null);
                }
                trips.addAll(ids(searcher, Documents.TRIP_PERSON, people));
                events.addAll(ids(searcher, Documents.PARTY, mergedPeople));
            }
            if (!events.isEmpty()) {
                Map<UUID, EventRow> found = new HashMap<>();
                source.events(events, e -> found.put(e.id(), e));
                for (UUID id : events) {
                    replace(id, found.containsKey(id) ? documents.event(found.get(id)) : null);
                }
            }
            if (!trips.isEmpty()) {
                Map<UUID, TripRow> found = new HashMap<>();
                source.trips(trips, t -> found.put(t.id(), t));
                for (UUID id : trips) {
                    replace(id, found.containsKey(id) ? documents.trip(found.get(id)) : null);
                }
            }
        } finally {
            searchers.release(searcher);
        }
        return true;
    }

    private void replace(UUID id, Document doc) throws IOException {
        Term term = new Term(Documents.ID, id.toString());
        if (doc == null) {
            writer.deleteDocuments(term);
        } else {
            writer.updateDocument(term, doc);
        }
    }

    /** The ids of the records whose {@code field} holds one of {@code values}. */
    private static Set<UUID> ids(IndexSearcher searcher, String field, Collection<UUID> values) throws IOException {
        Set<UUID> ids = new HashSet<>();
        if (values.isEmpty()) {
            return ids;
        }
        Query query = new TermInSetQuery(field, values.stream().map(v -> new BytesRef(v.toString())).toList());
        StoredFields stored = searcher.storedFields();
        BitsCollector bits = new BitsCollector(searcher.getIndexReader().maxDoc());
        searcher.search(query, bits);
        for (int doc = bits.bits.nextSetBit(0); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
             doc = doc + 1 < bits.bits.length() ? bits.bits.nextSetBit(doc + 1) : org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            ids.add(UUID.fromString(stored.document(doc, Set.of(Documents.ID)).get(Documents.ID)));
        }
        return ids;
    }

    // ---------------------------------------------------------------- searching

    SearchResults search(SearchRequest request) {
        if (closed.get()) {
            throw new SearchException("the search is closed", null);
        }
        long begin = System.nanoTime();
        catchUp();
        IndexState stateNow = state.get();
        QueryText text = QueryText.parse(request.text());
        SearchFilters filters = request.filters();
        boolean eventsOnly = !filters.isEmpty() || text.yearFrom() != null;
        if (!text.hasWords() && !eventsOnly) {
            return new SearchResults(List.of(), Map.of(), stateNow, millis(begin));
        }
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException | RuntimeException e) {
            throw new SearchException("the search index is closed", e);
        }
        try {
            try {
                return run(searcher, text, filters, eventsOnly, request.limitPerKind(), true, stateNow, begin);
            } catch (IndexSearcher.TooManyClauses e) {
                return run(searcher, text, filters, eventsOnly, request.limitPerKind(), false, stateNow, begin);
            }
        } catch (IOException e) {
            throw new SearchException("the search failed", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.FINE, "releasing a searcher failed", e);
            }
        }
    }

    /**
     * The engine underneath alone, for the benchmark: the request's query and facet counts as
     * {@link #search} makes them, on the current searcher, without the change-history catch-up,
     * stored fields, marks, snippets or facet labels. Returns the hits collected (top per kind).
     */
    int rawSearch(SearchRequest request) {
        if (closed.get()) {
            throw new SearchException("the search is closed", null);
        }
        QueryText text = QueryText.parse(request.text());
        SearchFilters filters = request.filters();
        boolean eventsOnly = !filters.isEmpty() || text.yearFrom() != null;
        if (!text.hasWords() && !eventsOnly) {
            return 0;
        }
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException | RuntimeException e) {
            throw new SearchException("the search index is closed", e);
        }
        try {
            Collected collected;
            try {
                collected = collect(searcher, text, filters, eventsOnly, request.limitPerKind(), true);
            } catch (IndexSearcher.TooManyClauses e) {
                collected = collect(searcher, text, filters, eventsOnly, request.limitPerKind(), false);
            }
            int hits = 0;
            for (RecordKind kind : RecordKind.values()) {
                hits += collected.hits.best.get(kind.ordinal()).size();
            }
            return hits;
        } catch (IOException e) {
            throw new SearchException("the search failed", e);
        } finally {
            try {
                searchers.release(searcher);
            } catch (IOException e) {
                LOG.log(Level.FINE, "releasing a searcher failed", e);
            }
        }
    }

    /** What the query found: the best hits of each kind and the facets' counts (empty without events). */
    private record Collected(KindCollector hits, FacetCounter.Counts counts) {
    }

    /** Runs the query and counts the facets; no stored field is read. */
    private Collected collect(IndexSearcher searcher, QueryText text, SearchFilters filters, boolean eventsOnly,
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

    private SearchResults run(IndexSearcher searcher, QueryText text, SearchFilters filters, boolean eventsOnly,
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
                hits.add(hit(stored.document(s.doc), kind, s.score, marker));
            }
            groups.add(new SearchResults.Group(kind, hits, collector.totals[kind.ordinal()]));
        }
        groups.sort(Comparator.comparing((SearchResults.Group g) -> -g.hits().get(0).score())
                .thenComparing(g -> g.kind().ordinal()));

        Map<Facet, List<FacetValue>> facets = new EnumMap<>(Facet.class);
        if (!collected.counts.isEmpty()) {
            for (Facet facet : Facet.values()) {
                facets.put(facet, values(facet, collected.counts, selected(facet, filters)));
            }
        }
        return new SearchResults(groups, facets, stateNow, millis(begin));
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

    private static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }

    private static void terms(Map<Facet, Query> queries, Facet facet, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            queries.put(facet, new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()));
        }
    }

    private static Set<String> selected(Facet facet, SearchFilters f) {
        return switch (facet) {
            case EVENT_KIND -> names(f.eventKinds());
            case YEAR -> Set.of();
            case COUNTRY -> f.countries();
            case CITY -> f.cities();
            case ORGANISER -> new HashSet<>(strings(f.organisers()));
            case THEME -> new HashSet<>(strings(f.themes()));
            case ATTENDING_ORGANISATION -> new HashSet<>(strings(f.attendingOrganisations()));
            case ATTENDING_COUNTRY -> f.attendingCountries();
            case CAPACITY -> names(f.capacities());
        };
    }

    private static Set<String> names(Collection<? extends Enum<?>> values) {
        Set<String> names = new HashSet<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }

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

    private SearchHit hit(Document doc, RecordKind kind, float score, Marker marker) {
        String title = doc.get(Documents.S_TITLE);
        Marked markedTitle = marker.mark(title).marked();
        Marked snippet = Marked.EMPTY;
        int best = 0;
        for (String text : doc.getValues(Documents.S_TEXT)) {
            Marker.Result result = marker.mark(text);
            if (result.words() > best) {
                best = result.words();
                snippet = Snippets.cut(result.marked());
            }
        }
        return new SearchHit(kind, UUID.fromString(doc.get(Documents.ID)), markedTitle, doc.get(Documents.S_DETAIL),
                snippet, score, Documents.parseDate(doc.get(Documents.S_START)),
                Documents.parseDate(doc.get(Documents.S_END)));
    }

    private static long millis(long beginNanos) {
        return (System.nanoTime() - beginNanos) / 1_000_000;
    }

    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (started.get()) {
                finished.await(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        buildDone.countDown();
        try {
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing the search index failed", e);
        }
    }

    // ---------------------------------------------------------------- collecting

    private record Scored(int doc, float score, long date) {
    }

    private static final Comparator<Scored> WORST_FIRST = Comparator.comparingDouble(Scored::score)
            .thenComparingLong(Scored::date).thenComparing(s -> -s.doc);

    /** Keeps the best hits of each kind, counts them, and notes which events matched. */
    private static final class KindCollector implements Collector {
        final int limit;
        final int[] totals = new int[RecordKind.values().length];
        final List<PriorityQueue<Scored>> best = new ArrayList<>();
        final FixedBitSet events;

        KindCollector(int limit, int maxDoc) {
            this.limit = limit;
            this.events = new FixedBitSet(Math.max(1, maxDoc));
            for (int i = 0; i < totals.length; i++) {
                best.add(new PriorityQueue<>(WORST_FIRST));
            }
        }

        List<Scored> top(RecordKind kind) {
            List<Scored> list = new ArrayList<>(best.get(kind.ordinal()));
            list.sort(WORST_FIRST.reversed());
            return list;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            NumericDocValues kinds = DocValues.getNumeric(context.reader(), Documents.KIND_ORDINAL);
            NumericDocValues dates = DocValues.getNumeric(context.reader(), Documents.DATE);
            int base = context.docBase;
            return new LeafCollector() {
                private Scorable scorer;

                @Override
                public void setScorer(Scorable scorer) {
                    this.scorer = scorer;
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (!kinds.advanceExact(doc)) {
                        return;
                    }
                    int kind = (int) kinds.longValue();
                    totals[kind]++;
                    if (kind == RecordKind.EVENT.ordinal()) {
                        events.set(base + doc);
                    }
                    float score = scorer.score();
                    PriorityQueue<Scored> queue = best.get(kind);
                    if (queue.size() >= limit) {
                        Scored worst = queue.peek();
                        if (score < worst.score()) {
                            return;
                        }
                    }
                    long date = dates.advanceExact(doc) ? dates.longValue() : Long.MIN_VALUE;
                    Scored scored = new Scored(base + doc, score, date);
                    if (queue.size() < limit) {
                        queue.add(scored);
                    } else if (WORST_FIRST.compare(scored, queue.peek()) > 0) {
                        queue.poll();
                        queue.add(scored);
                    }
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }

    /** Notes the matching documents. */
    private static final class BitsCollector implements Collector {
        final FixedBitSet bits;

        BitsCollector(int maxDoc) {
            this.bits = new FixedBitSet(Math.max(1, maxDoc));
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int base = context.docBase;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    bits.set(base + doc);
                }
            };
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
