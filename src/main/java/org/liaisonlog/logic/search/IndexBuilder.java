package org.liaisonlog.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.liaisonlog.logic.search.IndexState.Phase;
import org.liaisonlog.logic.search.SearchSource.OrganisationRow;
import org.liaisonlog.logic.search.SearchSource.ThemeRow;
import org.liaisonlog.logic.util.Failures;

/**
 * The first build of the {@link SearchIndex}: every record of the {@link SearchSource}, themes and
 * organisations first (their names go into the other records' documents), then people, events and
 * trips; the state reports progress along the way. Once built, the {@link IndexUpdater} applies what
 * changed while building.
 */
final class IndexBuilder implements Runnable {

    private static final Logger LOG = Logger.getLogger(IndexBuilder.class.getName());

    private static final long REFRESH_EVERY_MILLIS = 1000;
    /** The index is merged down to this many segments once built. */
    private static final int MERGED_SEGMENTS = 1;

    private final SearchSource source;
    private final Names names;
    private final Documents documents;
    private final SearchIndex index;
    private final IndexUpdater updater;

    IndexBuilder(SearchSource source, Names names, Documents documents, SearchIndex index, IndexUpdater updater) {
        this.source = source;
        this.names = names;
        this.documents = documents;
        this.index = index;
        this.updater = updater;
    }

    @Override
    public void run() {
        index.updates().lock();
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
            index.searchers().maybeRefresh();
            source.people(null, person -> {
                names.put(person);
                add(documents.person(person), progress);
            });
            index.searchers().maybeRefresh();
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
            index.searchers().maybeRefresh();
            source.trips(null, trip -> add(documents.trip(trip), progress));
            // the segments flushed while building (about one a second) are merged once, into one: a search
            // then looks its terms up once and counts facets without mapping ordinals across segments;
            // merging nothing before is cheaper than the usual merges along the way (later changes add
            // small segments that merge as usual)
            index.writer().forceMerge(MERGED_SEGMENTS);
            index.endFirstBuild();
            index.searchers().maybeRefreshBlocking();
            updater.startFrom(begin);
            updater.applyChanges();
            LOG.fine(() -> "search index built: " + progress.done.get() + " records in "
                    + Duration.between(begin, Instant.now()).toMillis() + " ms");
            index.setState(new IndexState(Phase.READY, progress.done.get(), progress.done.get()));
        } catch (Stopped e) {
            // closed while building
        } catch (RuntimeException | IOException | Error e) {
            if (!index.isClosed()) {
                LOG.log(Level.WARNING, "the search index could not be built", Failures.withoutValues(e));
                IndexState now = index.state();
                index.setState(new IndexState(Phase.FAILED, now.done(), now.total()));
            }
        } finally {
            index.endFirstBuild();
            index.updates().unlock();
            index.buildFinished();
        }
    }

    private static final class Progress {
        final long total;
        final AtomicLong done = new AtomicLong();
        volatile long lastRefresh = System.currentTimeMillis();
        volatile long lastReported;

        Progress(long total) {
            this.total = total;
        }
    }

    private void add(Document doc, Progress progress) {
        if (index.isClosed()) {
            throw new Stopped();
        }
        try {
            index.writer().addDocument(doc);
            long done = progress.done.incrementAndGet();
            long now = System.currentTimeMillis();
            synchronized (progress) {
                if (now - progress.lastRefresh > REFRESH_EVERY_MILLIS) {
                    progress.lastRefresh = now;
                    index.searchers().maybeRefresh();
                }
                if (done - progress.lastReported >= Math.max(100, progress.total / 50)) {
                    progress.lastReported = done;
                    index.setState(new IndexState(Phase.BUILDING, done, Math.max(done, progress.total)));
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
}
