package org.liaisonlog.gui.search;

import java.util.UUID;
import org.liaisonlog.logic.search.HitTexts;
import org.liaisonlog.logic.search.Marked;
import org.liaisonlog.logic.search.RecordKind;

/** A line of the results list: the heading of a group, or one record found. */
public sealed interface SearchItem {

    /**
     * The heading of a group of results.
     *
     * @param text "Events — 12", in the interface language
     */
    record Heading(RecordKind kind, String text) implements SearchItem {
    }

    /**
     * One record found.
     *
     * @param texts  its title and snippet, marked when first asked for (when the line is first
     *               drawn, or before for the first screenful: {@link ScreenLines#markFirstScreen})
     * @param detail its dates and place, position, … as one line
     */
    record Hit(RecordKind kind, UUID id, HitTexts texts, String detail) implements SearchItem {

        /** The title, with the matching words marked. */
        public Marked title() {
            return texts.title();
        }

        /** The best matching other field, with the matching words marked; may be empty. */
        public Marked snippet() {
            return texts.snippet();
        }
    }
}
