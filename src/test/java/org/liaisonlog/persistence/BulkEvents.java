package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_SOURCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.SOURCE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jooq.DSLContext;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.persistence.generated.tables.records.AttendanceRecord;
import org.liaisonlog.persistence.generated.tables.records.EventOrganiserRecord;
import org.liaisonlog.persistence.generated.tables.records.EventRecord;
import org.liaisonlog.persistence.generated.tables.records.EventSourceRecord;
import org.liaisonlog.persistence.generated.tables.records.EventThemeRecord;
import org.liaisonlog.persistence.generated.tables.records.SourceRecord;

/**
 * Writes many new events at once, for benchmarks: the same rows {@link JooqEventRepository#insert}
 * writes (through the same {@link EventMapper}), but with multi-row INSERTs per table, in one
 * transaction, and without reading each event back. Every source must be new and belong to one
 * event only.
 */
public final class BulkEvents {

    private BulkEvents() {
    }

    public static void insertAll(H2Catalogue catalogue, List<Event> events) {
        DSLContext dsl = catalogue.dsl();
        OffsetDateTime now = Stamps.now();
        List<EventRecord> eventRows = new ArrayList<>(events.size());
        List<EventOrganiserRecord> organisers = new ArrayList<>();
        List<EventThemeRecord> themes = new ArrayList<>();
        List<SourceRecord> sources = new ArrayList<>();
        List<EventSourceRecord> sourceLinks = new ArrayList<>();
        List<AttendanceRecord> attendance = new ArrayList<>();
        for (Event event : events) {
            UUID id = event.id();
            EventRecord row = EventMapper.content(event);
            row.setId(id);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.setVersion(0);
            eventRows.add(row);
            List<UUID> organiserIds = Codes.distinct(event.organiserIds());
            for (int i = 0; i < organiserIds.size(); i++) {
                organisers.add(new EventOrganiserRecord(id, organiserIds.get(i), i));
            }
            Codes.distinct(event.themeIds()).forEach(themeId -> themes.add(new EventThemeRecord(id, themeId)));
            for (Source source : event.sources()) {
                sources.add(EventMapper.sourceRecord(source, now));
                sourceLinks.add(new EventSourceRecord(id, source.id()));
            }
            List<Attendance> lines = event.attendance();
            for (int i = 0; i < lines.size(); i++) {
                attendance.add(EventMapper.attendanceRecord(lines.get(i), id, i, now, now));
            }
        }
        catalogue.transactions().inTransaction(() -> {
            Rows.insertAll(dsl, EVENT, eventRows);
            Rows.insertAll(dsl, EVENT_ORGANISER, organisers);
            Rows.insertAll(dsl, EVENT_THEME, themes);
            Rows.insertAll(dsl, SOURCE, sources);
            Rows.insertAll(dsl, EVENT_SOURCE, sourceLinks);
            Rows.insertAll(dsl, ATTENDANCE, attendance);
        });
    }
}
