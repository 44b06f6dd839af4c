package org.liaisonlog.model.attendance;

import java.util.Objects;
import java.util.UUID;

/**
 * One line of an event's attendance: an organisation and/or a person, or a represented country,
 * or a body the source describes without naming it ("competent bodies", "observers").
 *
 * @param description a body the source does not name, when there is no catalogued organisation
 * @param countryCode the country represented, or null
 * @param role        the part played, or null
 * @param title       the person's title or position at that event, or null
 */
public record Attendance(
        UUID id,
        UUID organisationId,
        UUID personId,
        String description,
        Capacity capacity,
        String countryCode,
        ParticipantRole role,
        String title,
        AttendanceStatus status,
        String notes) {

    public Attendance {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(capacity, "capacity");
        Objects.requireNonNull(status, "status");
    }

    /** True when the line names somebody: an organisation, a person, a country or a description. */
    public boolean namesSomeone() {
        return organisationId != null || personId != null || countryCode != null
                || (description != null && !description.isBlank());
    }
}
