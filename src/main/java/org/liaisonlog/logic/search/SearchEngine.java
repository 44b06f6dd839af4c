package org.liaisonlog.logic.search;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.liaisonlog.logic.history.ChangeHistory;
import org.liaisonlog.logic.util.Failures;

/**
 * The engine behind {@link CatalogueSearch}: a Lucene index in a {@link ByteBuffersDirectory}
 * (memory only), built from the {@link SearchSource}, kept fresh from the {@link ChangeHistory}.
 *
 * <p>It puts the parts together: the {@link SearchIndex} (the index, its state and life), the
 * {@link IndexBuilder} (the first build), the {@link IndexUpdater} (the changes since) and the
 * {@link QueryRunner} (one search on a searcher).
 */
final class SearchEngine {

    private static final Logger LOG = Logger.getLogger(SearchEngine.class.getName());

    private final SearchIndex index = new SearchIndex();
    private final IndexUpdater updater;
    private final IndexBuilder builder;
    private final QueryRunner runner;

    SearchEngine(SearchSource source, ChangeHistory history) {
        Names names = new Names();
        Documents documents = new Documents(names);
        this.updater = new IndexUpdater(source, history, names, documents, index);
        this.builder = new IndexBuilder(source, names, documents, index, updater);
        this.runner = new QueryRunner(names);
    }

    IndexState state() {
        return index.state();
    }

    void addStateListener(Consumer<IndexState> listener) {
        index.addStateListener(listener);
    }

    boolean awaitReady(Duration timeout) throws InterruptedException {
        return index.awaitReady(timeout);
    }

    void startBuilding(Executor executor) {
        index.startBuilding(executor, builder);
    }

    SearchResults search(SearchRequest request) {
        if (index.isClosed()) {
            throw new SearchException("the search is closed", null);
        }
        long begin = System.nanoTime();
        updater.catchUp();
        IndexState stateNow = index.state();
        QueryText text = QueryText.parse(request.text());
        SearchFilters filters = request.filters();
        boolean eventsOnly = !filters.isEmpty() || text.yearFrom() != null;
        IndexSearcher searcher = acquire();
        try {
            if (!text.hasWords() && !eventsOnly) {
                return runner.overview(searcher, stateNow, begin);
            }
            try {
                return runner.run(searcher, text, filters, eventsOnly, request.limitPerKind(), true, stateNow, begin);
            } catch (IndexSearcher.TooManyClauses e) {
                return runner.run(searcher, text, filters, eventsOnly, request.limitPerKind(), false, stateNow, begin);
            }
        } catch (IOException e) {
            throw new SearchException("the search failed", e);
        } finally {
            release(searcher);
        }
    }

    /**
     * The engine underneath alone, for the benchmark: the request's query and facet counts as
     * {@link #search} makes them, on the current searcher, and the stored document of each hit
     * collected (what Lucene hands back for a hit), without the change-history catch-up, marks,
     * snippets or facet labels. Returns the hits collected (top per kind).
     */
    int rawSearch(SearchRequest request) {
        if (index.isClosed()) {
            throw new SearchException("the search is closed", null);
        }
        QueryText text = QueryText.parse(request.text());
        SearchFilters filters = request.filters();
        boolean eventsOnly = !filters.isEmpty() || text.yearFrom() != null;
        if (!text.hasWords() && !eventsOnly) {
            return 0;
        }
        IndexSearcher searcher = acquire();
        try {
            QueryRunner.Collected collected;
            try {
                collected = runner.collect(searcher, text, filters, eventsOnly, request.limitPerKind(), true);
            } catch (IndexSearcher.TooManyClauses e) {
                collected = runner.collect(searcher, text, filters, eventsOnly, request.limitPerKind(), false);
            }
            // the engine's own way to hand out a hit: its stored document
            StoredFields stored = searcher.storedFields();
            int hits = 0;
            for (RecordKind kind : RecordKind.values()) {
                for (KindCollector.Scored s : collected.hits().top(kind)) {
                    hits += stored.document(s.doc()).getFields().isEmpty() ? 0 : 1;
                }
            }
            return hits;
        } catch (IOException e) {
            throw new SearchException("the search failed", e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            return index.searchers().acquire();
        } catch (IOException | RuntimeException e) {
            throw new SearchException("the search index is closed", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            index.searchers().release(searcher);
        } catch (IOException e) {
            LOG.log(Level.FINE, "releasing a searcher failed", Failures.withoutValues(e));
        }
    }

    void close() {
        index.close();
    }
}
