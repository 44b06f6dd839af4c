package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The process's start from the kernel's counts, not rounded to the boot's whole second. */
class ProcessStartTest {

    @Test
    void theStartIsTheUptimeLessTheStartTicks() {
        // pid (comm) state ppid … : the 22nd field is the start time in ticks since boot; the
        // command's name may hold spaces and parentheses
        String stat = "4242 (java (main) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 5 1 0 0 20 0 30 0 "
                + "1045321 3000000000 70000 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0";
        Instant now = Instant.parse("2026-12-07T04:00:00Z");
        Instant start = ProcessStart.fromProc(stat, "10456.78 7100.00\n", now);
        // up 10 456.78 s, started 10 453.21 s after boot: 3.57 s ago
        assertThat(Duration.between(start, now)).isEqualTo(Duration.ofMillis(3570));
    }

    @Test
    void thisProcessStartedBeforeNowAndNotLongBeforeTheJvmSaysItDid() {
        Instant start = ProcessStart.get();
        assertThat(start).isBefore(Instant.now());
        Instant jvm = Instant.ofEpochMilli(java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        // the JVM's own start time comes after the process's, a little
        assertThat(Duration.between(start, jvm).abs()).isLessThan(Duration.ofSeconds(1));
    }
}
