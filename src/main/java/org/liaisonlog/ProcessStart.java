package org.liaisonlog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * When this process started, for the start-up figures. On Linux from the kernel's own counts
 * ({@code /proc/self/stat}'s start time and {@code /proc/uptime}, both since boot, to 10 ms):
 * {@link ProcessHandle.Info#startInstant()} adds the start time to the boot time, which the
 * kernel gives in whole seconds, so its answer is early by up to a second (on the machine this was
 * measured on, by 0.27 s, which made every start-up figure that much too long). Elsewhere, that
 * answer.
 */
final class ProcessStart {

    /** The kernel's clock ticks per second for /proc's times (USER_HZ: 100 on Linux). */
    private static final long TICKS_PER_SECOND = 100;

    private ProcessStart() {
    }

    static Instant get() {
        try {
            return fromProc(Files.readString(Path.of("/proc/self/stat"), StandardCharsets.US_ASCII),
                    Files.readString(Path.of("/proc/uptime"), StandardCharsets.US_ASCII), Instant.now());
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().startInstant().orElse(Instant.now());
        }
    }

    /** The start, given the process's stat line, the system's uptime line, and the time they were read. */
    static Instant fromProc(String stat, String uptime, Instant now) {
        // The command's name (in parentheses) may hold spaces: the fields are counted after it.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
        long startTicks = Long.parseLong(fields[19]); // the 22nd field, starttime
        double upSeconds = Double.parseDouble(uptime.trim().split("\\s+")[0]);
        long agoMillis = Math.round(upSeconds * 1000) - startTicks * 1000 / TICKS_PER_SECOND;
        return now.minusMillis(Math.max(0, agoMillis));
    }
}
