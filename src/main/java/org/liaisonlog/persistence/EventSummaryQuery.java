package org.liaisonlog.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.ORGANISATION;
import static org.liaisonlog.persistence.generated.Tables.THEME;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.EventSummary;

/**
 * The lines of the events table in three queries, whatever the number of events: the events
 * with their participant counts, all organiser names, all theme names (the last two grouped by
 * event here).
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
        Field<Integer> attended = DSL.count().as("ATTENDED");
        Table<Record2<UUID, Integer>> counts = dsl.select(ATTENDANCE.EVENT_ID, attended)
                .from(ATTENDANCE)
                .where(ATTENDANCE.STATUS.eq(AttendanceStatus.ATTENDED.name()))
                .groupBy(ATTENDANCE.EVENT_ID)
                .asTable("PARTICIPANTS");
        Field<Integer> participants = DSL.coalesce(counts.field(attended), DSL.inline(0));
        return dsl.select(EVENT.ID, EVENT.KIND, EVENT.TITLE, EVENT.SERIES, EVENT.EDITION,
                        EVENT.START_DATE, EVENT.START_PRECISION, EVENT.END_DATE, EVENT.END_PRECISION,
                        EVENT.CITY, EVENT.COUNTRY_CODE, participants)
                .from(EVENT)
                .leftJoin(counts).on(counts.field(ATTENDANCE.EVENT_ID).eq(EVENT.ID))
                .orderBy(EVENT.START_DATE.desc().nullsLast(), EVENT.TITLE, EVENT.ID)
                .fetch(r -> new EventSummary(
                        r.value1(),
                        Codes.parse(EventKind.class, r.value2()),
                        r.value3(),
                        r.value4(),
                        r.value5(),
                        Codes.partialDate(r.value6(), r.value7()),
                        Codes.partialDate(r.value8(), r.value9()),
                        r.value10(),
                        r.value11(),
                        organisers.getOrDefault(r.value1(), List.of()),
                        r.value12(),
                        themes.getOrDefault(r.value1(), List.of())));
    }

    /**
     * Each event's organisers in their order: the acronym where there is one, else the name
     * (the Russian one, if asked for and known).
     */
    private Map<UUID, List<String>> organiserNames(boolean russian) {
        Field<String> name = russian ? DSL.coalesce(ORGANISATION.NAME_RU, ORGANISATION.NAME) : ORGANISATION.NAME;
        return dsl.select(EVENT_ORGANISER.EVENT_ID, ORGANISATION.ACRONYM, name)
                .from(EVENT_ORGANISER)
                .join(ORGANISATION).on(ORGANISATION.ID.eq(EVENT_ORGANISER.ORGANISATION_ID))
                .orderBy(EVENT_ORGANISER.SORT_ORDER, EVENT_ORGANISER.ORGANISATION_ID)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(
                        r -> r.value2() == null || r.value2().isBlank() ? r.value3() : r.value2(), toList())));
    }

    /** Each event's themes by name (Russian if asked for and known, else English), alphabetically. */
    private Map<UUID, List<String>> themeNames(boolean russian) {
        Field<String> name = russian ? DSL.coalesce(THEME.NAME_RU, THEME.NAME_EN) : THEME.NAME_EN;
        return dsl.select(EVENT_THEME.EVENT_ID, name)
                .from(EVENT_THEME)
                .join(THEME).on(THEME.ID.eq(EVENT_THEME.THEME_ID))
                .orderBy(name, THEME.ID)
                .fetch()
                .stream()
                .collect(groupingBy(r -> r.value1(), mapping(r -> r.value2(), toList())));
    }
}
