package org.liaisonlog.logic.backup;

import java.time.Duration;
import java.util.List;

/**
 * What an integrity check of a catalogue file looked at and what it found, in plain words that
 * never quote stored values.
 *
 * @param outcome what the check concluded
 * @param items   each thing checked, in order
 * @param elapsed how long the check took
 */
public record CheckReport(Outcome outcome, List<Item> items, Duration elapsed) {

    /** What a check concluded about a file. */
    public enum Outcome {
        /** Everything checked held. */
        SOUND,
        /** The file is damaged: it does not open, or something checked failed. */
        DAMAGED,
        /** Another window (or program) has the file open: nothing could be checked. */
        IN_USE,
        /** The file is encrypted and the key given does not open it (or none was given). */
        WRONG_KEY,
        /** There is no file. */
        MISSING
    }

    public CheckReport {
        items = List.copyOf(items);
    }

    /** A report whose outcome follows from its items: SOUND when all passed, else DAMAGED. */
    public static CheckReport of(List<Item> items, Duration elapsed) {
        return new CheckReport(items.stream().allMatch(Item::passed) ? Outcome.SOUND : Outcome.DAMAGED, items,
                elapsed);
    }

    /** True when the file was checked and everything held. */
    public boolean sound() {
        return outcome == Outcome.SOUND;
    }

    /** True when the file was checked (or tried) and found damaged. */
    public boolean damaged() {
        return outcome == Outcome.DAMAGED;
    }

    /** The items that failed. */
    public List<Item> failures() {
        return items.stream().filter(item -> !item.passed()).toList();
    }

    /**
     * One thing checked.
     *
     * @param what   what was checked ("table EVENT: every row read")
     * @param passed whether it held
     * @param detail what was found (counts, "3 attendance lines name a missing event"), or empty
     */
    public record Item(String what, boolean passed, String detail) {
    }
}
