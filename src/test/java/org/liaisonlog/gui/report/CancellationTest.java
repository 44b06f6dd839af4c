package org.liaisonlog.gui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Cancelling a report: a step run interruptibly is interrupted, and the interrupt goes no further. */
class CancellationTest {

    @Test
    @Timeout(10)
    void anInterruptibleStepIsInterruptedAndTheThreadIsLeftClean() throws Exception {
        Cancellation cancellation = new Cancellation();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<String> outcome = CompletableFuture.supplyAsync(() -> {
            try {
                cancellation.interruptibly(() -> {
                    started.countDown();
                    Thread.sleep(60_000);
                    return null;
                });
                return "finished";
            } catch (InterruptedException e) {
                return "interrupted, flag afterwards " + Thread.currentThread().isInterrupted();
            } catch (Exception e) {
                return e.toString();
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        cancellation.cancel();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isEqualTo("interrupted, flag afterwards false");
        assertThatThrownBy(cancellation::check).isInstanceOf(CancellationException.class);
        assertThatThrownBy(() -> cancellation.interruptibly(() -> "never")).isInstanceOf(CancellationException.class);
    }

    @Test
    void aCancellationAfterTheStepInterruptsNothing() throws Exception {
        Cancellation cancellation = new Cancellation();

        assertThat(cancellation.interruptibly(() -> "done")).isEqualTo("done");
        cancellation.cancel();

        assertThat(Thread.currentThread().isInterrupted()).isFalse();
        assertThat(cancellation.isCancelled()).isTrue();
    }
}
