package org.liaisonlog.gui.search;

import java.util.Set;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventEditingData;
import org.liaisonlog.logic.search.Facet;
import org.liaisonlog.logic.search.SearchHit;
import org.liaisonlog.logic.search.SearchResults;

/**
 * The search screen's lines made of results exactly as the screen makes them (the same
 * {@link ResultTexts}: group headings, hits with their detail lines in the interface language,
 * the filters' values with their labels, the years, and the marks of the first screenful of
 * lines), without the observable lists that belong to the JavaFX thread: for the search
 * benchmark, which times "query in, display rows out".
 */
public final class ScreenLines {

    /**
     * How many lines of results the screen shows at once at the default window size (1280×800),
     * counting a line shown in part: these are marked before they are shown. The results list is
     * 667 px tall there, a group's heading 28 px and a record 46 px (title and detail line; 64 px with
     * a snippet), so it shows 16 lines for the usual two groups (two headings, fourteen records) and
     * at most 17 (five headings, twelve records). Lines further down, and lines brought into view by
     * scrolling or a larger window, are marked when first drawn.
     */
    public static final int FIRST_SCREEN = 17;

    private final ResultTexts texts;
    private final SearchChoices choices;

    /** With the choices the screen reads when it opens ({@code EventService.editingData()}). */
    public ScreenLines(Messages messages, EventEditingData data) {
        this.texts = new ResultTexts(messages);
        this.choices = SearchChoices.of(data, messages.language());
    }

    /**
     * Makes the lines of these results, with the marks of the first screenful; returns how many
     * lines there are (results, filter values, years).
     */
    public int make(SearchResults results) {
        markFirstScreen(results);
        int count = texts.lines(results, choices).size();
        for (FilterKind filter : FilterKind.values()) {
            count += texts.options(filter, results.facet(filter.facet()), Set.of(), choices).size();
        }
        return count + texts.years(results.facet(Facet.YEAR)).size();
    }

    /**
     * Marks the hits among the first {@link #FIRST_SCREEN} lines of the results (group headings
     * count as lines, as the screen lists them), so that the screen draws them without marking on
     * its own thread. Returns how many hits it marked.
     */
    public static int markFirstScreen(SearchResults results) {
        int line = 0;
        int marked = 0;
        for (SearchResults.Group group : results.groups()) {
            line++; // the group's heading
            for (SearchHit hit : group.hits()) {
                if (line >= FIRST_SCREEN) {
                    return marked;
                }
                hit.texts().mark();
                marked++;
                line++;
            }
        }
        return marked;
    }
}
