package org.liaisonlog.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.liaisonlog.logic.util.TaskExecutor;

/** Runs the background work when the test says, one task at a time, in the order it came. */
public final class QueuedExecutor implements TaskExecutor {

    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        tasks.add(() -> TaskExecutor.synchronous().run(work, onSuccess, onFailure));
    }

    /** Runs the oldest waiting task (work and its answer); fails when none waits. */
    public void runNext() {
        assertThat(tasks).as("a task waiting").isNotEmpty();
        tasks.poll().run();
    }

    /** Runs the tasks waiting and those they add, until none is left; returns how many ran. */
    public int runAll() {
        int count = 0;
        while (!tasks.isEmpty()) {
            tasks.poll().run();
            count++;
        }
        return count;
    }
}
