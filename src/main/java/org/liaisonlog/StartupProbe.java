package org.liaisonlog;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.TableView;

/**
 * Measures start-up from inside the program: the time from the process's start to a rendered
 * frame of the window showing real data (a visible table with lines in it), for
 * {@code installer/measure-startup.sh}. Off unless asked: the environment variable
 * {@value #VARIABLE} (or the system property {@value #PROPERTY}) set to {@code print} prints one
 * line {@code liaison-log startup-ms=N} on standard output; {@code exit} prints it and then closes
 * the program normally (so a script can loop, and a class-data-sharing training run ends).
 *
 * <p>{@code onShown} fires before the window is painted, and a pulse's layout before its frame
 * is drawn; so once the data is laid out, the probe waits two more pulses: the next pulse starts
 * only when the frame before it has been rendered.
 */
public final class StartupProbe {

    public static final String VARIABLE = "LIAISON_LOG_STARTUP_PROBE";
    public static final String PROPERTY = "liaisonlog.startupProbe";
    /** Pulses to wait once the data is laid out: the frame with it has been drawn when the second starts. */
    private static final int FRAMES_AFTER = 2;

    /** What the probe was asked to do. */
    public enum Mode { OFF, PRINT, EXIT }

    private final Mode mode;
    private final Instant processStart;
    private final PrintStream out;
    private boolean done;

    StartupProbe(Mode mode, Instant processStart, PrintStream out) {
        this.mode = mode;
        this.processStart = processStart;
        this.out = out;
    }

    /** The probe as this process was asked for it (off unless the variable or property says otherwise). */
    public static StartupProbe fromEnvironment() {
        String asked = System.getProperty(PROPERTY, System.getenv(VARIABLE));
        Instant start = ProcessStart.get();
        return new StartupProbe(mode(asked), start, System.out);
    }

    static Mode mode(String asked) {
        if (asked == null || asked.isBlank()) {
            return Mode.OFF;
        }
        return switch (asked.trim().toLowerCase(Locale.ROOT)) {
            case "print", "1", "true" -> Mode.PRINT;
            case "exit" -> Mode.EXIT;
            default -> Mode.OFF;
        };
    }

    public boolean enabled() {
        return mode != Mode.OFF;
    }

    /**
     * Watches the window: at the first pulse whose layout shows a visible table with lines in it,
     * counts {@value #FRAMES_AFTER} more pulses, then reports. Does nothing when the probe is off.
     */
    public void watchForData(Scene scene) {
        whenLaidOut(scene, () -> hasFilledTable(scene.getRoot()));
    }

    /** Reports once the scene's first frame has been drawn (the minimal window's floor figure). */
    public void watchFirstFrame(Scene scene) {
        whenLaidOut(scene, () -> true);
    }

    private void whenLaidOut(Scene scene, BooleanSupplier ready) {
        if (!enabled()) {
            return;
        }
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            StartupTrace.mark("pulse laid out");
            if (!done && ready.getAsBoolean()) {
                StartupTrace.mark("pulse laid out with data");
                done = true;
                scene.removePostLayoutPulseListener(listener[0]);
                afterFrames(FRAMES_AFTER, this::report);
            }
        };
        scene.addPostLayoutPulseListener(listener[0]);
        Platform.requestNextPulse();
    }

    /** Runs the action at the start of the n-th pulse from now (an animation timer keeps pulses coming). */
    private static void afterFrames(int frames, Runnable action) {
        new AnimationTimer() {
            private int seen;

            @Override
            public void handle(long now) {
                if (++seen >= frames) {
                    stop();
                    action.run();
                }
            }
        }.start();
    }

    private void report() {
        StartupTrace.mark("frame drawn");
        StartupTrace.threads();
        long millis = Duration.between(processStart, Instant.now()).toMillis();
        out.println("liaison-log startup-ms=" + millis + memory());
        out.flush();
        if (mode == Mode.EXIT) {
            Platform.exit();
        }
    }

    /** The resident memory at this moment, from /proc where there is one (Linux); else nothing. */
    private static String memory() {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return "";
        }
        try {
            StringBuilder found = new StringBuilder();
            for (String line : Files.readAllLines(status, StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:") || line.startsWith("VmHWM:")) {
                    String[] parts = line.trim().split("\\s+");
                    found.append(' ').append(parts[0].replace(":", "").toLowerCase(Locale.ROOT))
                            .append("-kb=").append(parts[1]);
                }
            }
            return found.toString();
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** True when a table that is shown (it and all its parents visible) has at least one line. */
    static boolean hasFilledTable(Parent root) {
        for (Node node : root.lookupAll(".table-view")) {
            if (node instanceof TableView<?> table && !table.getItems().isEmpty() && shown(table)) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null;
    }
}
