package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_SOURCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.SOURCE;
import static org.liaisonlog.persistence.generated.Tables.THEME;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.persistence.generated.tables.records.EventOrganiserRecord;
import org.liaisonlog.persistence.generated.tables.records.EventRecord;
import org.liaisonlog.persistence.generated.tables.records.EventSourceRecord;
import org.liaisonlog.persistence.generated.tables.records.EventThemeRecord;
import org.liaisonlog.persistence.generated.tables.records.SourceRecord;

/**
 * The rows that hang off an event: organisers (in list order), themes, sources and attendance
 * (in list order). Callers run these inside one transaction with the write to EVENT itself.
 *
 * <p>Themes and sources have no order column, so they come back in a fixed order of their own:
 * themes by English name, sources by publication date. A source may be linked to several events;
 * it is deleted only when no event links it any more.
 */
final class EventChildren {

    private final DSLContext dsl;

    EventChildren(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Reads the whole event, or nothing when there is no event with that key. */
    Optional<Event> read(UUID eventId) {
        EventRecord event = dsl.selectFrom(EVENT).where(EVENT.ID.eq(eventId)).fetchOne();
        if (event == null) {
            return Optional.empty();
        }
        List<UUID> organisers = dsl.select(EVENT_ORGANISER.ORGANISATION_ID)
                .from(EVENT_ORGANISER)
                .where(EVENT_ORGANISER.EVENT_ID.eq(eventId))
                .orderBy(EVENT_ORGANISER.SORT_ORDER, EVENT_ORGANISER.ORGANISATION_ID)
                .fetch(EVENT_ORGANISER.ORGANISATION_ID);
        List<UUID> themes = dsl.select(EVENT_THEME.THEME_ID)
                .from(EVENT_THEME)
                .join(THEME).on(THEME.ID.eq(EVENT_THEME.THEME_ID))
                .where(EVENT_THEME.EVENT_ID.eq(eventId))
                .orderBy(THEME.NAME_EN, THEME.ID)
                .fetch(EVENT_THEME.THEME_ID);
        List<Source> sources = dsl.selectFrom(SOURCE)
                .where(SOURCE.ID.in(dsl.select(EVENT_SOURCE.SOURCE_ID).from(EVENT_SOURCE)
                        .where(EVENT_SOURCE.EVENT_ID.eq(eventId))))
                .orderBy(SOURCE.PUBLISHED_ON.asc().nullsLast(), SOURCE.CREATED_AT, SOURCE.ID)
                .fetch(EventMapper::toSource);
        List<Attendance> attendance = dsl.selectFrom(ATTENDANCE)
                .where(ATTENDANCE.EVENT_ID.eq(eventId))
                .orderBy(ATTENDANCE.SORT_ORDER, ATTENDANCE.ID)
                .fetch(EventMapper::toAttendance);
        return Optional.of(EventMapper.toEvent(event, organisers, themes, sources, attendance));
    }

    /**
     * Writes the event's child rows (none may exist yet). Attendance lines keep the creation
     * time given for their key in {@code attendanceCreated}; new lines are created {@code now}.
     */
    void insert(Event event, OffsetDateTime now, Map<UUID, OffsetDateTime> attendanceCreated) {
        UUID eventId = event.id();
        List<UUID> organisers = Codes.distinct(event.organiserIds());
        Rows.insertAll(dsl, EVENT_ORGANISER, IntStream.range(0, organisers.size())
                .mapToObj(i -> new EventOrganiserRecord(eventId, organisers.get(i), i))
                .toList());
        Rows.insertAll(dsl, EVENT_THEME, Codes.distinct(event.themeIds()).stream()
                .map(themeId -> new EventThemeRecord(eventId, themeId))
                .toList());
        Collection<Source> sources = saveSources(event.sources(), now);
        Rows.insertAll(dsl, EVENT_SOURCE, sources.stream()
                .map(source -> new EventSourceRecord(eventId, source.id()))
                .toList());
        List<Attendance> lines = event.attendance();
        Rows.insertAll(dsl, ATTENDANCE, IntStream.range(0, lines.size())
                .mapToObj(i -> EventMapper.attendanceRecord(lines.get(i), eventId, i,
                        attendanceCreated.getOrDefault(lines.get(i).id(), now), now))
                .toList());
    }

    /** When each attendance line of the event was first created, by its key. */
    Map<UUID, OffsetDateTime> attendanceCreatedAt(UUID eventId) {
        return dsl.select(ATTENDANCE.ID, ATTENDANCE.CREATED_AT)
                .from(ATTENDANCE)
                .where(ATTENDANCE.EVENT_ID.eq(eventId))
                .fetchMap(ATTENDANCE.ID, ATTENDANCE.CREATED_AT);
    }

    /** The keys of the sources the event links. */
    List<UUID> sourceIds(UUID eventId) {
        return dsl.select(EVENT_SOURCE.SOURCE_ID)
                .from(EVENT_SOURCE)
                .where(EVENT_SOURCE.EVENT_ID.eq(eventId))
                .fetch(EVENT_SOURCE.SOURCE_ID);
    }

    /** Removes the event's organisers, themes, source links and attendance. */
    void deleteAll(UUID eventId) {
        dsl.deleteFrom(EVENT_ORGANISER).where(EVENT_ORGANISER.EVENT_ID.eq(eventId)).execute();
        dsl.deleteFrom(EVENT_THEME).where(EVENT_THEME.EVENT_ID.eq(eventId)).execute();
        dsl.deleteFrom(EVENT_SOURCE).where(EVENT_SOURCE.EVENT_ID.eq(eventId)).execute();
        dsl.deleteFrom(ATTENDANCE).where(ATTENDANCE.EVENT_ID.eq(eventId)).execute();
    }

    /** Deletes those of the given sources that no event links any more. */
    void deleteUnlinkedSources(Collection<UUID> sourceIds) {
        if (sourceIds.isEmpty()) {
            return;
        }
        dsl.deleteFrom(SOURCE)
                .where(SOURCE.ID.in(sourceIds))
                .andNotExists(dsl.selectOne().from(EVENT_SOURCE).where(EVENT_SOURCE.SOURCE_ID.eq(SOURCE.ID)))
                .execute();
    }

    /**
     * Inserts the sources not stored yet and updates stored ones whose content changed.
     * Returns them without repeated keys.
     */
    private Collection<Source> saveSources(List<Source> sources, OffsetDateTime now) {
        Map<UUID, Source> byId = new LinkedHashMap<>();
        sources.forEach(source -> byId.putIfAbsent(source.id(), source));
        if (byId.isEmpty()) {
            return List.of();
        }
        Map<UUID, SourceRecord> stored = dsl.selectFrom(SOURCE).where(SOURCE.ID.in(byId.keySet())).fetchMap(SOURCE.ID);
        List<SourceRecord> toInsert = new ArrayList<>();
        for (Source source : byId.values()) {
            SourceRecord old = stored.get(source.id());
            if (old == null) {
                toInsert.add(EventMapper.sourceRecord(source, now));
            } else if (!EventMapper.toSource(old).equals(source)) {
                dsl.update(SOURCE)
                        .set(SOURCE.URL, source.url())
                        .set(SOURCE.PUBLISHER, source.publisher())
                        .set(SOURCE.PUBLISHED_ON, source.publishedOn())
                        .set(SOURCE.TEXT, source.text())
                        .set(SOURCE.UPDATED_AT, now)
                        .set(SOURCE.VERSION, SOURCE.VERSION.plus(1))
                        .where(SOURCE.ID.eq(source.id()))
                        .execute();
            }
        }
        Rows.insertAll(dsl, SOURCE, toInsert);
        return byId.values();
    }
}
