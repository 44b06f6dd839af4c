package org.liaisonlog.logic.search;

import java.util.List;
import java.util.Objects;

/**
 * A text with the words that matched the query marked, for highlighting. The marks are in
 * order, do not overlap and lie within the text. Cross-script, prefix and near (typo) matches
 * are marked too.
 *
 * @param text  the text as shown (never null; empty when there is nothing to show)
 * @param marks the character ranges of the matching words
 */
public record Marked(String text, List<Range> marks) {

    public static final Marked EMPTY = new Marked("", List.of());

    public Marked {
        Objects.requireNonNull(text, "text");
        marks = List.copyOf(marks);
    }

    /** A text with nothing marked. */
    public static Marked plain(String text) {
        return new Marked(text == null ? "" : text, List.of());
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
