package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION;
import static org.liaisonlog.persistence.generated.Tables.THEME;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.ResultQuery;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.liaisonlog.model.attendance.AttendanceStatus;
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
        Map<UUID, List<String>> organisers = organiserNames(russian);
        Map<UUID, List<String>> themes = themeNames(russian);
        Map<UUID, Integer> participants = participantCounts();
        return read(dsl.select(EVENT.ID, EVENT.KIND, EVENT.TITLE, EVENT.SERIES, EVENT.EDITION,
                        EVENT.START_DATE, EVENT.START_PRECISION, EVENT.END_DATE, EVENT.END_PRECISION,
                        EVENT.CITY, EVENT.COUNTRY_CODE)
                .from(EVENT)
                .orderBy(EVENT.START_DATE.desc().nullsLast(), EVENT.TITLE, EVENT.ID), rows -> {
                    List<EventSummary> lines = new ArrayList<>();
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        Integer edition = (Integer) rows.getObject(5);
                        lines.add(new EventSummary(id,
                                Codes.parse(EventKind.class, rows.getString(2)),
                                rows.getString(3),
                                rows.getString(4),
                                edition,
                                Codes.partialDate(rows.getObject(6, java.time.LocalDate.class), rows.getString(7)),
                                Codes.partialDate(rows.getObject(8, java.time.LocalDate.class), rows.getString(9)),
                                rows.getString(10),
                                rows.getString(11),
                                organisers.getOrDefault(id, List.of()),
                                participants.getOrDefault(id, 0),
                                themes.getOrDefault(id, List.of())));
                    }
                    return lines;
                });
    }

    /** How many attendance lines of each event say the participant attended (events without any are left out). */
    private Map<UUID, Integer> participantCounts() {
        return read(dsl.select(ATTENDANCE.EVENT_ID, DSL.count())
                .from(ATTENDANCE)
                .where(ATTENDANCE.STATUS.eq(AttendanceStatus.ATTENDED.name()))
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
    private Map<UUID, List<String>> organiserNames(boolean russian) {
        Field<String> name = russian ? DSL.coalesce(ORGANISATION.NAME_RU, ORGANISATION.NAME) : ORGANISATION.NAME;
        Map<UUID, String> labels = read(dsl.select(ORGANISATION.ID, ORGANISATION.ACRONYM, name).from(ORGANISATION),
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

    /** Each event's themes by name (Russian if asked for and known, else English), alphabetically. */
    private Map<UUID, List<String>> themeNames(boolean russian) {
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
                .from(EVENT_THEME), rows -> {
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
