package org.liaisonlog.gui.search;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * Runs searches through the task executor so that a newer one replaces an older one: searches
 * asked for while another runs are not queued, only the latest is run when the worker gets to
 * it, and a result that comes back after a newer search was asked for is thrown away. So typing
 * fast never builds a queue, and stale results never overwrite newer ones.
 */
final class LatestOnly {

    /** What the worker returns for a request that a newer one replaced before it ran. */
    private static final Object SKIPPED = new Object();

    private final TaskExecutor executor;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Request<?>> pending = new AtomicReference<>();

    private record Request<T>(long generation, Callable<T> work) {
    }

    LatestOnly(TaskExecutor executor) {
        this.executor = executor;
    }

    /** Asks for the work to run; {@code onResult} is called (on the executor's hand-back thread) unless replaced. */
    <T> void submit(Callable<T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        long mine = generation.incrementAndGet();
        pending.set(new Request<>(mine, work));
        executor.run(() -> {
            Request<?> next = pending.get();
            if (next == null || next.generation() != mine || !pending.compareAndSet(next, null)) {
                return SKIPPED;
            }
            return next.work().call();
        }, result -> {
            if (result != SKIPPED && mine == generation.get()) {
                @SuppressWarnings("unchecked")
                T typed = (T) result;
                onResult.accept(typed);
            }
        }, error -> {
            if (mine == generation.get()) {
                onFailure.accept(error);
            }
        });
    }

    /** Forgets any search asked for and not yet shown: its result will be thrown away. */
    void cancel() {
        generation.incrementAndGet();
        pending.set(null);
    }
}
