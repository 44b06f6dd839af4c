package org.liaisonlog;

import java.time.Duration;
import java.time.Instant;

/**
 * Where start-up spends its time: with the environment variable {@value #VARIABLE} (or the system
 * property {@value #PROPERTY}) set to {@code 1}, each step of opening the window prints one line
 * on standard error, {@code liaison-log startup-trace ms=N thread step}, N counted from the
 * process's start. Off by default, and then a mark costs one field read. The steps are fixed
 * words of ours: no catalogue data is ever printed.
 */
final class StartupTrace {

    static final String VARIABLE = "LIAISON_LOG_STARTUP_TRACE";
    static final String PROPERTY = "liaisonlog.startupTrace";

    private static final boolean ON = "1".equals(System.getProperty(PROPERTY, System.getenv(VARIABLE)));
    private static final Instant START = ON
            ? ProcessStart.get() : Instant.EPOCH;

    private StartupTrace() {
    }

    static void mark(String step) {
        if (ON) {
            System.err.println("liaison-log startup-trace ms=" + Duration.between(START, Instant.now()).toMillis()
                    + " " + Thread.currentThread().getName() + " " + step);
        }
    }
}
