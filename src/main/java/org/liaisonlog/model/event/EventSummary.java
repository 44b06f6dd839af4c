package org.liaisonlog.model.event;

import java.util.List;
import java.util.UUID;
import org.liaisonlog.model.common.PartialDate;

/** One line of the events table: what is shown without opening the event. */
public record EventSummary(
        UUID id,
        EventKind kind,
        String title,
        String series,
        Integer edition,
        PartialDate start,
        PartialDate end,
        String city,
        String countryCode,
        List<String> organisers,
        int participants,
        List<String> themes) {

    public EventSummary {
        organisers = List.copyOf(organisers);
        themes = List.copyOf(themes);
    }
}
