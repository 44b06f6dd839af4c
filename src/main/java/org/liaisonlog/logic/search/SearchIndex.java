package org.liaisonlog.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergePolicy.MergeContext;
import org.apache.lucene.index.MergePolicy.MergeSpecification;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.liaisonlog.logic.search.IndexState.Phase;
import org.liaisonlog.logic.util.Failures;

/**
 * The Lucene index of the search and its life: a {@link ByteBuffersDirectory} (memory only), its
 * writer and searchers, the {@link IndexState} told to the listeners, the start of the build and the
 * close. What goes into the index is the {@link IndexBuilder}'s and the {@link IndexUpdater}'s.
 */
final class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());

    /** The directory, writer and searchers: made on first use, not with the index (see {@link #lucene}). */
    private volatile Lucene lucene;
    private final AtomicReference<IndexState> state = new AtomicReference<>(new IndexState(Phase.NOT_STARTED, 0, 0));
    private final List<Consumer<IndexState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean started = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch buildDone = new CountDownLatch(1);
    /** One writer of changes at a time (the builder, or a search catching up). */
    private final ReentrantLock updates = new ReentrantLock();
    /** True until the first build has merged its segments; no merge is started meanwhile. */
    private volatile boolean firstBuild = true;

    /** The index in memory, its writer and searchers. */
    private record Lucene(ByteBuffersDirectory directory, IndexWriter writer, SearcherManager searchers) {
    }

    /**
     * The Lucene parts, made by the first caller: making a writer loads and sets up several hundred
     * classes of Lucene's, which the window would otherwise do while building its first screen
     * (the search is made with the catalogue) rather than on the thread that builds the index.
     */
    private Lucene lucene() {
        Lucene made = lucene;
        if (made == null) {
            synchronized (this) {
                made = lucene;
                if (made == null) {
                    if (closed.get()) {
                        throw new AlreadyClosedException("the search index is closed");
                    }
                    made = makeLucene();
                    lucene = made;
                }
            }
        }
        return made;
    }

    private Lucene makeLucene() {
        ByteBuffersDirectory directory = new ByteBuffersDirectory();
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
            IndexWriter writer = new IndexWriter(directory, config);
            return new Lucene(directory, writer, new SearcherManager(writer, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True once the Lucene parts are made (by a build, a search or a change). */
    boolean isMade() {
        return lucene != null;
    }

    IndexWriter writer() {
        return lucene().writer();
    }

    SearcherManager searchers() {
        return lucene().searchers();
    }

    /** The lock held while changing the index: by the whole build, and by each catch-up. */
    ReentrantLock updates() {
        return updates;
    }

    boolean isClosed() {
        return closed.get();
    }

    /** Lets the merge policy merge again: the first build is over (merged, failed or stopped). */
    void endFirstBuild() {
        firstBuild = false;
    }

    IndexState state() {
        return state.get();
    }

    void addStateListener(Consumer<IndexState> listener) {
        listeners.add(listener);
    }

    void setState(IndexState next) {
        state.set(next);
        for (Consumer<IndexState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a search state listener failed", Failures.withoutValues(e));
            }
        }
    }

    boolean awaitReady(Duration timeout) throws InterruptedException {
        buildDone.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return state.get().isReady();
    }

    /**
     * Runs {@code build} once, on a daemon thread of its own ({@code executor} null) or with the
     * executor; does nothing if already started or closed. The build must call {@link #buildFinished}.
     */
    void startBuilding(Executor executor, Runnable build) {
        if (closed.get() || !started.compareAndSet(false, true)) {
            return;
        }
        setState(new IndexState(Phase.BUILDING, 0, 0));
        if (executor == null) {
            Thread thread = new Thread(build, "search-index");
            thread.setDaemon(true);
            thread.setPriority(Thread.NORM_PRIORITY - 1);
            thread.start();
        } else {
            try {
                executor.execute(build);
            } catch (RuntimeException e) {
                finished.countDown();
                buildDone.countDown();
                setState(new IndexState(Phase.FAILED, 0, 0));
            }
        }
    }

    /** Tells the waiters that the build is over, however it ended. */
    void buildFinished() {
        buildDone.countDown();
        finished.countDown();
    }

    /** Replaces the document of the record {@code id}, or deletes it when {@code doc} is null. */
    void replace(UUID id, Document doc) throws IOException {
        Term term = new Term(Documents.ID, id.toString());
        if (doc == null) {
            writer().deleteDocuments(term);
        } else {
            writer().updateDocument(term, doc);
        }
    }

    /** Waits for the build to stop (at most 30 s) and frees the index. */
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
        Lucene made;
        synchronized (this) {
            made = lucene;
        }
        if (made == null) {
            return; // never used: nothing of Lucene's to free
        }
        try {
            made.searchers().close();
            made.writer().rollback();
            made.directory().close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "closing the search index failed", Failures.withoutValues(e));
        }
    }
}
