package org.liaisonlog.model.event;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;

/**
 * An event with everything recorded about it: its organisers, themes, sources and attendance.
 * The event is saved and read as one whole.
 *
 * @param edition the edition number within its series ("Sixth" conference = 6), or null
 * @param start   the first day, or null when not known
 * @param end     the last day, or null (for a one-day event it may equal {@code start})
 */
public record Event(
        RecordStamp stamp,
        EventKind kind,
        String title,
        String series,
        Integer edition,
        String motto,
        List<UUID> organiserIds,
        String city,
        String countryCode,
        String venue,
        PartialDate start,
        PartialDate end,
        String summary,
        String outcomes,
        List<UUID> themeIds,
        List<Source> sources,
        List<Attendance> attendance) {

    public Event {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(kind, "kind");
        organiserIds = List.copyOf(organiserIds);
        themeIds = List.copyOf(themeIds);
        sources = List.copyOf(sources);
        attendance = List.copyOf(attendance);
    }

    public UUID id() {
        return stamp.id();
    }
}
