package org.liaisonlog.gui.search;

import java.util.Set;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventEditingData;
import org.liaisonlog.logic.search.Facet;
import org.liaisonlog.logic.search.SearchResults;

/**
 * The search screen's lines made of results exactly as the screen makes them (the same
 * {@link ResultTexts}: group headings, hits with their detail lines in the interface language,
 * the filters' values with their labels, the years), without the observable lists that belong
 * to the JavaFX thread: for the search benchmark, which times "query in, display rows out".
 */
public final class ScreenLines {

    private final ResultTexts texts;
    private final SearchChoices choices;

    /** With the choices the screen reads when it opens ({@code EventService.editingData()}). */
    public ScreenLines(Messages messages, EventEditingData data) {
        this.texts = new ResultTexts(messages);
        this.choices = SearchChoices.of(data, messages.language());
    }

    /** Makes the lines of these results; returns how many there are (results, filter values, years). */
    public int make(SearchResults results) {
        int count = texts.lines(results, choices).size();
        for (FilterKind filter : FilterKind.values()) {
            count += texts.options(filter, results.facet(filter.facet()), Set.of(), choices).size();
        }
        return count + texts.years(results.facet(Facet.YEAR)).size();
    }
}
