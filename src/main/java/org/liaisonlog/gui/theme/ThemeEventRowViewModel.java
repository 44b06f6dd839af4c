package org.liaisonlog.gui.theme;

import java.util.Locale;
import java.util.UUID;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.EventSummary;

/** One line of the list of events that carry the selected theme. */
public record ThemeEventRowViewModel(UUID id, PartialDate start, String dateText, String title) {

    static ThemeEventRowViewModel of(EventSummary event, Locale locale) {
        return new ThemeEventRowViewModel(event.id(), event.start(), DateTexts.range(event.start(), event.end(), locale),
                event.title());
    }
}
