package org.liaisonlog.logic.report;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.EventKind;

/**
 * An event as the period summary reads it, in one of a few set-based queries.
 *
 * @param themeIds        the themes the event is tagged with
 * @param organisationIds the organisations that took part: organisers, and organisations of
 *                        attendance lines whose status is attended; each once
 */
public record PeriodEvent(
        UUID id,
        EventKind kind,
        String title,
        PartialDate start,
        PartialDate end,
        String city,
        String countryCode,
        List<UUID> themeIds,
        List<UUID> organisationIds) {

    public PeriodEvent {
        themeIds = List.copyOf(themeIds);
        organisationIds = List.copyOf(organisationIds);
    }

    /** The first day the event may have taken place, or null when its start is unknown. */
    public LocalDate firstDay() {
        return start == null ? null : start.date();
    }

    /**
     * The last day the event may have taken place: the end of the period its end date stands
     * for (or its start's, without an end), whichever is later.
     */
    public LocalDate lastDay() {
        if (start == null) {
            return null;
        }
        LocalDate last = start.lastDay();
        return end != null && end.lastDay().isAfter(last) ? end.lastDay() : last;
    }

    /** True when the days the event may have taken place overlap {@code from}–{@code to}. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return start != null && !firstDay().isAfter(to) && !lastDay().isBefore(from);
    }
}
