package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION;
import static org.liaisonlog.persistence.generated.Tables.THEME;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.EventSummary;

/**
 * The lines of the events table in a fixed number of plain queries, whatever the number of
 * events: the events, the participant count of each, the organiser and theme links, and the
 * names of organisations and themes; joined here. At 100 000 events (170 000 organiser links,
 * 220 000 theme links, a million attendance lines) joining in the database cost seconds more
 * than reading each table once: the participant counts, joined per event, were looked up event
 * by event, and every link row repeated its organisation's or theme's name. The large reads go
 * through JDBC result sets rather than jOOQ records, which were a third of the time.
 */
final class EventSummaryQuery {

    private final DSLContext dsl;

    EventSummaryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every event, newest first (undated last, then by title). The participant count counts the
     * attendance lines of those who attended (not the excused or absent).
     */
    List<EventSummary> fetchAll(String language) {
        boolean russian = "ru".equals(language);
        Map<UUID, List<String>> organisers = organiserNames(russian, null);
        Map<UUID, List<String>> themes = themeNames(russian, null);
        Map<UUID, Integer> participants = participantCounts(null);
        return summaries(readEvents(Integer.MAX_VALUE), organisers, themes, participants);
    }

    /**
     * The first {@code limit} lines of {@link #fetchAll}: the newest events, read with their
     * counts and names only, so that a screenful shows at once however large the catalogue (at
     * 100 000 events a few tens of milliseconds, against more than a second for all lines).
     */
    List<EventSummary> fetchNewest(String language, int limit) {
        boolean russian = "ru".equals(language);
        List<EventLine> events = readEvents(limit);
        List<UUID> ids = events.stream().map(EventLine::id).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return summaries(events, organiserNames(russian, ids), themeNames(russian, ids), participantCounts(ids));
    }

    /** An event's own columns, before its counts and names are added. */
    private record EventLine(UUID id, EventKind kind, String title, String series, Integer edition,
                             PartialDate start, PartialDate end, String city, String countryCode) {
    }

    private List<EventLine> readEvents(int limit) {
        var query = dsl.select(EVENT.ID, EVENT.KIND, EVENT.TITLE, EVENT.SERIES, EVENT.EDITION,
                        EVENT.START_DATE, EVENT.START_PRECISION, EVENT.END_DATE, EVENT.END_PRECISION,
                        EVENT.CITY, EVENT.COUNTRY_CODE)
                .from(EVENT)
                .orderBy(EVENT.START_DATE.desc().nullsLast(), EVENT.TITLE, EVENT.ID);
        return read(limit == Integer.MAX_VALUE ? query : query.limit(limit), rows -> {
            List<EventLine> lines = new ArrayList<>();
            while (rows.next()) {
                lines.add(new EventLine(rows.getObject(1, UUID.class),
                        Codes.parse(EventKind.class, rows.getString(2)),
                        rows.getString(3),
                        rows.getString(4),
                        (Integer) rows.getObject(5),
                        Codes.partialDate(rows.getObject(6, LocalDate.class), rows.getString(7)),
                        Codes.partialDate(rows.getObject(8, LocalDate.class), rows.getString(9)),
                        rows.getString(10),
                        rows.getString(11)));
            }
            return lines;
        });
    }

    private static List<EventSummary> summaries(List<EventLine> events, Map<UUID, List<String>> organisers,
            Map<UUID, List<String>> themes, Map<UUID, Integer> participants) {
        List<EventSummary> lines = new ArrayList<>(events.size());
        for (EventLine e : events) {
            lines.add(new EventSummary(e.id(), e.kind(), e.title(), e.series(), e.edition(), e.start(), e.end(),
                    e.city(), e.countryCode(),
                    organisers.getOrDefault(e.id(), List.of()),
                    participants.getOrDefault(e.id(), 0),
                    themes.getOrDefault(e.id(), List.of())));
        }
        return lines;
    }

    /**
     * How many attendance lines of each event (of every event when {@code events} is null) say the
     * participant attended; events without any are left out.
     */
    private Map<UUID, Integer> participantCounts(List<UUID> events) {
        Condition attended = ATTENDANCE.STATUS.eq(AttendanceStatus.ATTENDED.name());
        // The keys written into the query, not bound: with 200 bound values H2 read the whole
        // index (a million entries, 2 s); with the values written it looks each event up.
        return read(dsl.select(ATTENDANCE.EVENT_ID, DSL.count())
                .from(ATTENDANCE)
                .where(events == null ? attended
                        : attended.and(ATTENDANCE.EVENT_ID.in(events.stream().map(DSL::inline).toList())))
                .groupBy(ATTENDANCE.EVENT_ID), rows -> {
                    Map<UUID, Integer> counts = new HashMap<>();
                    while (rows.next()) {
                        counts.put(rows.getObject(1, UUID.class), rows.getInt(2));
                    }
                    return counts;
                });
    }

    /**
     * Each event's organisers in their order: the acronym where there is one, else the name
     * (the Russian one, if asked for and known).
     */
    private Map<UUID, List<String>> organiserNames(boolean russian, List<UUID> events) {
        Field<String> name = russian ? DSL.coalesce(ORGANISATION.NAME_RU, ORGANISATION.NAME) : ORGANISATION.NAME;
        Condition linked = events == null ? DSL.noCondition()
                : ORGANISATION.ID.in(DSL.select(EVENT_ORGANISER.ORGANISATION_ID).from(EVENT_ORGANISER)
                        .where(EVENT_ORGANISER.EVENT_ID.in(events)));
        Map<UUID, String> labels = read(dsl.select(ORGANISATION.ID, ORGANISATION.ACRONYM, name).from(ORGANISATION)
                        .where(linked),
                rows -> {
                    Map<UUID, String> map = new HashMap<>();
                    while (rows.next()) {
                        String acronym = rows.getString(2);
                        map.put(rows.getObject(1, UUID.class),
                                acronym == null || acronym.isBlank() ? rows.getString(3) : acronym);
                    }
                    return map;
                });
        return read(dsl.select(EVENT_ORGANISER.EVENT_ID, EVENT_ORGANISER.ORGANISATION_ID)
                .from(EVENT_ORGANISER)
                .where(events == null ? DSL.noCondition() : EVENT_ORGANISER.EVENT_ID.in(events))
                .orderBy(EVENT_ORGANISER.SORT_ORDER, EVENT_ORGANISER.ORGANISATION_ID), rows -> {
                    Map<UUID, List<String>> byEvent = new HashMap<>();
                    while (rows.next()) {
                        String label = labels.get(rows.getObject(2, UUID.class));
                        if (label != null) {
                            byEvent.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>(3))
                                    .add(label);
                        }
                    }
                    return byEvent;
                });
    }

    /**
     * Each event's themes (of these events, or of all when null) by name (Russian if asked for and
     * known, else English), alphabetically.
     */
    private Map<UUID, List<String>> themeNames(boolean russian, List<UUID> events) {
        Field<String> name = russian ? DSL.coalesce(THEME.NAME_RU, THEME.NAME_EN) : THEME.NAME_EN;
        record Named(UUID id, String name) {
        }
        Map<UUID, Named> names = read(dsl.select(THEME.ID, name).from(THEME), rows -> {
            Map<UUID, Named> map = new HashMap<>();
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                map.put(id, new Named(id, rows.getString(2)));
            }
            return map;
        });
        Map<UUID, List<Named>> byEvent = read(dsl.select(EVENT_THEME.EVENT_ID, EVENT_THEME.THEME_ID)
                .from(EVENT_THEME)
                .where(events == null ? DSL.noCondition() : EVENT_THEME.EVENT_ID.in(events)), rows -> {
                    Map<UUID, List<Named>> map = new HashMap<>();
                    while (rows.next()) {
                        Named theme = names.get(rows.getObject(2, UUID.class));
                        if (theme != null) {
                            map.computeIfAbsent(rows.getObject(1, UUID.class), k -> new ArrayList<>(4)).add(theme);
                        }
                    }
                    return map;
                });
        // As the database ordered them: by name, then by key (UUIDs compared as unsigned numbers, as H2 does).
        Comparator<Named> order = Comparator.comparing(Named::name)
                .thenComparing(Named::id, EventSummaryQuery::compareUnsigned);
        Map<UUID, List<String>> themes = new HashMap<>(byEvent.size() * 2);
        byEvent.forEach((event, list) -> {
            list.sort(order);
            themes.put(event, list.stream().map(Named::name).toList());
        });
        return themes;
    }

    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    /** Reads the query's rows from its JDBC result set. */
    private <T> T read(ResultQuery<?> query, RowsReader<T> reader) {
        try (ResultSet rows = query.fetchResultSet()) {
            return reader.read(rows);
        } catch (SQLException e) {
            throw new DataAccessException("Reading the events table failed", e);
        }
    }

    @FunctionalInterface
    private interface RowsReader<T> {
        T read(ResultSet rows) throws SQLException;
    }
}
