package org.liaisonlog;

import java.time.Duration;
import java.time.Instant;

/**
 * Where start-up spends its time: with the environment variable {@value #VARIABLE} (or the system
 * property {@value #PROPERTY}) set to {@code 1}, each step of opening the window prints one line
 * on standard error, {@code liaison-log startup-trace ms=N cpu=C thread step}, N counted from the
 * process's start, C the processor time of the thread so far. Off by default, and then a mark costs one field read. The steps are fixed
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

    /**
     * Prints each thread's processor time so far (Linux: from /proc), the busiest first: where two
     * cores went while the window opened.
     */
    static void threads() {
        if (!ON) {
            return;
        }
        java.util.Map<String, Long> millis = new java.util.TreeMap<>();
        try (var tasks = java.nio.file.Files.list(java.nio.file.Path.of("/proc/self/task"))) {
            for (java.nio.file.Path task : (Iterable<java.nio.file.Path>) tasks::iterator) {
                String stat = java.nio.file.Files.readString(task.resolve("stat"));
                String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime + stime
                millis.merge(name.replaceAll("[0-9]+$", "#"), ticks * 10, Long::sum);
            }
        } catch (java.io.IOException | RuntimeException e) {
            return;
        }
        StringBuilder line = new StringBuilder("liaison-log startup-trace cpu-ms");
        millis.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> line.append(' ').append(e.getKey().replace(' ', '_')).append('=').append(e.getValue()));
        System.err.println(line);
    }

    static void mark(String step) {
        if (ON) {
            System.err.println("liaison-log startup-trace ms=" + Duration.between(START, Instant.now()).toMillis()
                    + " cpu=" + threadCpuMillis() + " " + Thread.currentThread().getName() + " " + step);
        }
    }

    /** The processor time the calling thread has had so far, in ms: a step's wall time less this is waiting. */
    private static long threadCpuMillis() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000;
    }
}
