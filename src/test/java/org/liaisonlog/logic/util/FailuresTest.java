package org.liaisonlog.logic.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/**
 * Failures printed without the values they quote, and without the avalanche of suppressed
 * retries H2 attaches to a failed write (a full disk printed some 4 500 lines).
 */
class FailuresTest {

    private static final String VALUE = "Secret Meeting of Zhvorkin";

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        Failures.withoutValues(failure).printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** A failure with {@code each} suppressed failures, each with as many, {@code depth} levels down. */
    private static Throwable avalanche(int depth, int each) {
        IllegalStateException failure = new IllegalStateException("write failed: " + VALUE);
        if (depth > 0) {
            for (int i = 0; i < each; i++) {
                failure.addSuppressed(avalanche(depth - 1, each));
            }
        }
        return failure;
    }

    @Test
    void messagesAreLeftOutAndTheClassesKept() {
        String text = printed(new RuntimeException("saving " + VALUE, new IllegalArgumentException(VALUE)));

        assertThat(text).doesNotContain(VALUE)
                .contains("java.lang.RuntimeException (message left out)")
                .contains("Caused by: java.lang.IllegalArgumentException (message left out)");
    }

    @Test
    void aFewSuppressedFailuresAreShownAndTheRestCounted() {
        String text = printed(avalanche(6, 8));

        assertThat(text).doesNotContain(VALUE);
        assertThat(text).contains("Suppressed: java.lang.IllegalStateException (message left out)")
                .contains("5 more suppressed failures left out");
        long suppressedShown = text.lines().filter(l -> l.contains("Suppressed: java.lang.IllegalStateException")).count();
        assertThat(suppressedShown).isEqualTo(3 + 3 * 3);
        assertThat(text.lines().count()).as("of some 300 000 failures").isLessThan(400);
    }

    @Test
    void aCauseIsFoundAnywhereInTheChain() {
        Throwable failure = new RuntimeException(new IllegalStateException(new java.io.IOException("x")));

        assertThat(Failures.causedBy(failure, java.io.IOException.class)).isTrue();
        assertThat(Failures.causedBy(failure, IllegalStateException.class)).isTrue();
        assertThat(Failures.causedBy(failure, IllegalArgumentException.class)).isFalse();
        assertThat(Failures.causedBy(null, RuntimeException.class)).isFalse();
    }
}
