package org.liaisonlog.logic.search;

import java.util.List;
import java.util.Objects;

/**
 * A hit's title and snippet with the query's words marked, made when first asked for rather than
 * by the search: marking words across scripts costs more than finding the hit, and a screen draws
 * only some of the hits it gets. Once made, the marks are kept; they are the same whenever and on
 * whichever thread they are asked for.
 *
 * <p>Threading: safe to ask from several threads at once (the first asker makes the marks).
 */
public final class HitTexts {

    private final String title;
    private final List<String> texts;
    private final Marker marker;
    private volatile Made made;

    private record Made(Marked title, Marked snippet) {
    }

    private HitTexts(String title, List<String> texts, Marker marker, Made made) {
        this.title = title;
        this.texts = texts;
        this.marker = marker;
        this.made = made;
    }

    /** Texts already marked. */
    public static HitTexts of(Marked title, Marked snippet) {
        return new HitTexts(title.text(), List.of(), null,
                new Made(title, snippet == null ? Marked.EMPTY : snippet));
    }

    /**
     * A title and the texts a snippet may come from (best first), to be marked by {@code marker}
     * (one per search, shared by its hits) when first asked for.
     */
    static HitTexts lazy(String title, List<String> texts, Marker marker) {
        return new HitTexts(title == null ? "" : title, List.copyOf(texts), Objects.requireNonNull(marker), null);
    }

    /** The title with the matching words marked. */
    public Marked title() {
        return made().title();
    }

    /**
     * A short piece of the text that holds the most query words (the first of them on a tie), with
     * the matching words marked; empty when no text holds any.
     */
    public Marked snippet() {
        return made().snippet();
    }

    /** Makes the marks now if they are not made yet (as {@link #title()} would). */
    public void mark() {
        made();
    }

    /** Whether the marks are made yet (for tests and for the screen's first lines). */
    public boolean isMarked() {
        return made != null;
    }

    private Made made() {
        Made now = made;
        if (now == null) {
            synchronized (this) {
                now = made;
                if (now == null) {
                    now = make();
                    made = now;
                }
            }
        }
        return now;
    }

    private Made make() {
        Marked markedTitle = marker.mark(title).marked();
        Marker.Result best = null;
        for (String text : texts) {
            // a snippet shows at most its length from the first mark on: what lies further is not read
            Marker.Result result = marker.mark(text, Snippets.LENGTH);
            if (result.words() > (best == null ? 0 : best.words())) {
                best = result;
                if (best.words() >= marker.words()) {
                    break; // every word is in this text: no later one can make a better snippet
                }
            }
        }
        return new Made(markedTitle, best == null ? Marked.EMPTY : Snippets.cut(best.marked()));
    }

    /** Equal when the marked title and snippet are (both are made to compare). */
    @Override
    public boolean equals(Object other) {
        return other instanceof HitTexts that && title().equals(that.title()) && snippet().equals(that.snippet());
    }

    @Override
    public int hashCode() {
        return Objects.hash(title(), snippet());
    }

    /** Says whether the marks are made, never the texts (they are catalogue data). */
    @Override
    public String toString() {
        return made == null ? "HitTexts[not marked yet]" : "HitTexts[marked]";
    }
}
