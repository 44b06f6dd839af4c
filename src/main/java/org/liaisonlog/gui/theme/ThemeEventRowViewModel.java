package org.liaisonlog.gui.theme;

import java.util.UUID;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.model.event.EventSummary;

/** One line of the list of events that carry the selected theme. */
public record ThemeEventRowViewModel(UUID id, String dateText, String title) {

    static ThemeEventRowViewModel of(EventSummary event) {
        return new ThemeEventRowViewModel(event.id(), DateTexts.range(event.start(), event.end()), event.title());
    }
}
