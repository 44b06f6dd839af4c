package org.liaisonlog.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.persistence.generated.tables.records.AttendanceRecord;
import org.liaisonlog.persistence.generated.tables.records.EventRecord;
import org.liaisonlog.persistence.generated.tables.records.SourceRecord;

/** Maps events, their attendance lines and sources to table records and back. */
final class EventMapper {

    private EventMapper() {
    }

    /** The event's own columns, without key, stamps or version (shared by insert and update). */
    static EventRecord content(Event event) {
        EventRecord r = new EventRecord();
        r.setKind(Codes.name(event.kind()));
        r.setTitle(event.title());
        r.setSeries(event.series());
        r.setEdition(event.edition());
        r.setMotto(event.motto());
        r.setCity(event.city());
        r.setCountryCode(event.countryCode());
        r.setVenue(event.venue());
        r.setStartDate(Codes.date(event.start()));
        r.setStartPrecision(Codes.precision(event.start()));
        r.setEndDate(Codes.date(event.end()));
        r.setEndPrecision(Codes.precision(event.end()));
        r.setSummary(event.summary());
        r.setOutcomes(event.outcomes());
        return r;
    }

    static Event toEvent(EventRecord r, List<UUID> organiserIds, List<UUID> themeIds, List<Source> sources,
            List<Attendance> attendance) {
        return new Event(
                Stamps.stamp(r.getId(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt()),
                Codes.parse(EventKind.class, r.getKind()),
                r.getTitle(),
                r.getSeries(),
                r.getEdition(),
                r.getMotto(),
                organiserIds,
                r.getCity(),
                r.getCountryCode(),
                r.getVenue(),
                Codes.partialDate(r.getStartDate(), r.getStartPrecision()),
                Codes.partialDate(r.getEndDate(), r.getEndPrecision()),
                r.getSummary(),
                r.getOutcomes(),
                themeIds,
                sources,
                attendance);
    }

    static AttendanceRecord attendanceRecord(Attendance line, UUID eventId, int sortOrder, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {
        AttendanceRecord r = new AttendanceRecord();
        r.setId(line.id());
        r.setEventId(eventId);
        r.setOrganisationId(line.organisationId());
        r.setPersonId(line.personId());
        r.setDescription(line.description());
        r.setCapacity(Codes.name(line.capacity()));
        r.setCountryCode(line.countryCode());
        r.setRole(Codes.name(line.role()));
        r.setTitle(line.title());
        r.setStatus(Codes.name(line.status()));
        r.setNotes(line.notes());
        r.setSortOrder(sortOrder);
        r.setCreatedAt(createdAt);
        r.setUpdatedAt(updatedAt);
        r.setVersion(0);
        return r;
    }

    static Attendance toAttendance(AttendanceRecord r) {
        return new Attendance(
                r.getId(),
                r.getOrganisationId(),
                r.getPersonId(),
                r.getDescription(),
                Codes.parse(Capacity.class, r.getCapacity()),
                r.getCountryCode(),
                Codes.parse(ParticipantRole.class, r.getRole()),
                r.getTitle(),
                Codes.parse(AttendanceStatus.class, r.getStatus()),
                r.getNotes());
    }

    static SourceRecord sourceRecord(Source source, OffsetDateTime now) {
        SourceRecord r = new SourceRecord();
        r.setId(source.id());
        r.setUrl(source.url());
        r.setPublisher(source.publisher());
        r.setPublishedOn(source.publishedOn());
        r.setText(source.text());
        r.setCreatedAt(now);
        r.setUpdatedAt(now);
        r.setVersion(0);
        return r;
    }

    static Source toSource(SourceRecord r) {
        return new Source(r.getId(), r.getUrl(), r.getPublisher(), r.getPublishedOn(), r.getText());
    }
}
