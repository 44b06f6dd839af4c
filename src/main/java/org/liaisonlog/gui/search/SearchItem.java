package org.liaisonlog.gui.search;

import java.util.UUID;
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
     * @param detail  its dates and place, position, … as one line
     * @param snippet the best matching other field, with the matching words marked; may be empty
     */
    record Hit(RecordKind kind, UUID id, Marked title, String detail, Marked snippet) implements SearchItem {
    }
}
