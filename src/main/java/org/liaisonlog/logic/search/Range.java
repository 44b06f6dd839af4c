package org.liaisonlog.logic.search;

/**
 * A stretch of a text: characters {@code start} (inclusive) to {@code end} (exclusive), as
 * {@link String#substring(int, int)} takes them.
 */
public record Range(int start, int end) {

    public Range {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }
}
