package org.liaisonlog.logic.search;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.liaisonlog.logic.catalogue.Catalogue;

/**
 * The search over one open catalogue: an index kept in memory only (nothing of the catalogue is
 * written to disk for it), built in the background when asked and kept fresh by the catalogue's
 * change history.
 *
 * <p>Use: {@code var search = new CatalogueSearch(catalogue); search.startBuilding(); …
 * search.search(SearchRequest.of("Tash")); … search.close();} (close it before the catalogue).
 *
 * <p>Threading: every method may be called from any thread; {@link #search} is safe to call from
 * several threads at once and while the index is being built (it then searches what is there and
 * says so in {@link SearchResults#state()}). A search reads the catalogue's change history first and
 * re-indexes the records changed since the last search, so a record saved is found by the next
 * search. It does database work: do not call it on the JavaFX thread.
 *
 * <p>Query syntax (any text is accepted; what cannot be read is taken as plain words):
 * <ul>
 *   <li>words: all must match (in any field); the last word also matches as a prefix while typing
 *       ("Tash" finds Tashkent); case, accents and punctuation do not matter; Cyrillic and Latin
 *       spellings find each other; a word one or two letters off still matches, ranked lower;</li>
 *   <li>{@code "quoted phrase"}: these words next to each other;</li>
 *   <li>{@code -word} or {@code -"a phrase"}: without it;</li>
 *   <li>{@code a OR b}: either;</li>
 *   <li>{@code theme:word}, {@code org:word}, {@code country:word}: the word in a theme, an
 *       organisation (organiser or attending) or the country of the record ({@code theme:"money
 *       laundering"} takes a phrase);</li>
 *   <li>{@code year:2018}, {@code year:2015-2018}: events of those years.</li>
 * </ul>
 */
public final class CatalogueSearch implements AutoCloseable {

    private final SearchEngine engine;

    /** A search over the catalogue; nothing is indexed until {@link #startBuilding()}. */
    public CatalogueSearch(Catalogue catalogue) {
        this.engine = new SearchEngine(catalogue.searchSource(), catalogue.history());
    }

    /** Starts building the index on a daemon thread of its own; does nothing if already started. */
    public void startBuilding() {
        engine.startBuilding(null);
    }

    /** Starts building the index with the given executor; does nothing if already started. */
    public void startBuilding(Executor executor) {
        engine.startBuilding(executor);
    }

    /** The index's state now. */
    public IndexState state() {
        return engine.state();
    }

    /**
     * Waits until the index is READY or FAILED, at most {@code timeout}.
     *
     * @return true when ready
     */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return engine.awaitReady(timeout);
    }

    /**
     * Calls {@code listener} whenever the state changes (on the building thread, about every
     * 2 % while building, and once on READY or FAILED).
     */
    public void addStateListener(Consumer<IndexState> listener) {
        engine.addStateListener(listener);
    }

    /**
     * Searches. Never throws for any text; an empty text with no filters finds nothing.
     *
     * @throws SearchException when the engine is closed
     */
    public SearchResults search(SearchRequest request) {
        startBuilding(); // a search asked before the index was started starts it (nothing when it was)
        return engine.search(request);
    }

    /**
     * For the benchmark only: runs the request's Lucene query (text and filters, built as
     * {@link #search} builds it) on the current index searcher, with the same facet counting,
     * and the stored document of each hit, but without the change-history catch-up, marks,
     * snippets or facet labels.
     * The difference to {@link #search} is what the layers above the engine cost.
     *
     * @return the hits collected (at most {@code limitPerKind} of each kind, as many as {@link #search}
     *         returns)
     * @throws SearchException when the engine is closed
     */
    public int rawSearch(SearchRequest request) {
        return engine.rawSearch(request);
    }

    /** Stops building and frees the index. Searching afterwards fails. */
    @Override
    public void close() {
        engine.close();
    }
}
