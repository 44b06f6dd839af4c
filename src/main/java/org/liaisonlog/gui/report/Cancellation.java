package org.liaisonlog.gui.report;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;

/**
 * Lets the user stop a report being made. Cancelling marks the work stopped, so its result is
 * thrown away and it stops at the next {@link #check()}; a step run through
 * {@link #interruptibly} (writing or rendering the PDF) is also interrupted, which the PDF
 * writer notices. Database reads are never interrupted: an interrupt during file access would
 * close the catalogue file under the program.
 */
final class Cancellation {

    private boolean cancelled;
    private Thread interruptible;

    synchronized void cancel() {
        cancelled = true;
        if (interruptible != null) {
            interruptible.interrupt();
        }
    }

    synchronized boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link CancellationException} once cancelled. */
    synchronized void check() {
        if (cancelled) {
            throw new CancellationException();
        }
    }

    /** Runs a step that touches no database, interrupting it if the user cancels meanwhile. */
    <T> T interruptibly(Callable<T> step) throws Exception {
        synchronized (this) {
            check();
            interruptible = Thread.currentThread();
        }
        try {
            return step.call();
        } finally {
            synchronized (this) {
                interruptible = null;
                // An interrupt meant for this step must not reach the next work on this thread.
                Thread.interrupted();
            }
        }
    }
}
