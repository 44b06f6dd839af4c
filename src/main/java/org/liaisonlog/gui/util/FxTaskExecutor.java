package org.liaisonlog.gui.util;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.liaisonlog.logic.util.Failures;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * Runs work on one background thread, in order, and hands results back on the JavaFX thread.
 * {@link #busyProperty()} is true while anything is running, for the status bar. A callback that
 * itself fails is logged {@link Failures#withoutValues without its messages} (JavaFX would print
 * the whole chain, with whatever a database message quoted) and the executor carries on.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FxTaskExecutor.class.getName());

    private final AtomicInteger counter = new AtomicInteger();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "liaison-log-worker-" + counter.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private int running;

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        running++;
        busy.set(true);
        executor.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> finish(() -> onSuccess.accept(result)));
            } catch (Exception | Error e) {
                Platform.runLater(() -> finish(() -> onFailure.accept(e)));
            }
        });
    }

    private void finish(Runnable callback) {
        running--;
        busy.set(running > 0);
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a task's result could not be handled: " + Failures.describe(e),
                    Failures.withoutValues(e));
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            // Let a save under way finish before the catalogue is closed.
            executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
