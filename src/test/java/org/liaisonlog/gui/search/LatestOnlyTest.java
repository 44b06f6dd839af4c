package org.liaisonlog.gui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.liaisonlog.logic.util.TaskExecutor;

/** A newer search replaces an older one: only the latest runs, and a stale result is never shown. */
class LatestOnlyTest {

    /** An executor that runs its tasks one by one when told, as the single worker thread does. */
    private static final class Stepped implements TaskExecutor {
        private final Deque<Runnable> tasks = new ArrayDeque<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            tasks.add(() -> {
                T result;
                try {
                    result = work.call();
                } catch (Exception e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            });
        }

        void runAll() {
            while (!tasks.isEmpty()) {
                tasks.poll().run();
            }
        }
    }

    @Test
    void searchesAskedForWhileTheWorkerIsBusyRunOnlyTheLatest() {
        Stepped executor = new Stepped();
        LatestOnly runner = new LatestOnly(executor);
        AtomicInteger ran = new AtomicInteger();
        List<String> shown = new ArrayList<>();
        for (String text : List.of("t", "ta", "tas", "tash")) {
            runner.submit(() -> {
                ran.incrementAndGet();
                return text;
            }, shown::add, e -> shown.add("failed"));
        }
        executor.runAll();
        assertThat(ran.get()).isEqualTo(1);
        assertThat(shown).containsExactly("tash");
    }

    @Test
    void aResultThatComesBackAfterANewerSearchWasAskedForIsThrownAway() {
        Stepped executor = new Stepped();
        LatestOnly runner = new LatestOnly(executor);
        List<String> shown = new ArrayList<>();
        Deque<Runnable> later = new ArrayDeque<>();
        // The first search runs; before its result is handed back, a newer one is asked for.
        runner.submit(() -> "old", shown::add, e -> { });
        executor.tasks.poll().run();
        assertThat(shown).containsExactly("old");
        TaskExecutor handBackLate = new TaskExecutor() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                try {
                    T result = work.call();
                    later.add(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    later.add(() -> onFailure.accept(e));
                }
            }
        };
        LatestOnly slow = new LatestOnly(handBackLate);
        List<String> slowShown = new ArrayList<>();
        slow.submit(() -> "stale", slowShown::add, e -> { });
        slow.submit(() -> "fresh", slowShown::add, e -> { });
        later.forEach(Runnable::run);
        assertThat(slowShown).containsExactly("fresh");
    }

    @Test
    void cancellingDropsTheSearchNotYetShownAndFailuresOfStaleSearchesAreSilent() {
        Stepped executor = new Stepped();
        LatestOnly runner = new LatestOnly(executor);
        List<String> shown = new ArrayList<>();
        runner.<String>submit(() -> {
            throw new IllegalStateException("boom");
        }, shown::add, e -> shown.add("failed: " + e.getMessage()));
        runner.submit(() -> "typed", shown::add, e -> shown.add("failed"));
        runner.cancel();
        executor.runAll();
        assertThat(shown).isEmpty();

        runner.<String>submit(() -> {
            throw new IllegalStateException("boom");
        }, shown::add, e -> shown.add("failed: " + e.getMessage()));
        executor.runAll();
        assertThat(shown).containsExactly("failed: boom");
    }
}
