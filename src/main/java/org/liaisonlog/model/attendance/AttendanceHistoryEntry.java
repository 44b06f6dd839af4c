package org.liaisonlog.model.attendance;

import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.common.PartialDate;

/**
 * One event a person or organisation attended, as their history lists it.
 *
 * @param eventStart       the event's start, or null when unknown
 * @param title            the person's title or position at that event, or null
 * @param organisationId   the organisation of the attendance line, or null
 * @param organisationName that organisation's name (for an organisation's history, the
 *                         sub-organisation it came through), or null
 * @param personName       the person of the attendance line, or null
 */
public record AttendanceHistoryEntry(
        UUID eventId,
        String eventTitle,
        PartialDate eventStart,
        String city,
        String countryCode,
        Capacity capacity,
        ParticipantRole role,
        String title,
        AttendanceStatus status,
        UUID organisationId,
        String organisationName,
        String personName) {

    public AttendanceHistoryEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(status, "status");
    }
}
