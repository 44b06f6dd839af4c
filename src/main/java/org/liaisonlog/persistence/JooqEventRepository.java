package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.EVENT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.liaisonlog.logic.event.EventRepository;
import org.liaisonlog.logic.report.PeriodEvent;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.persistence.generated.tables.records.EventRecord;

/**
 * Events stored whole: EVENT with EVENT_ORGANISER, EVENT_THEME, SOURCE / EVENT_SOURCE and
 * ATTENDANCE. Every write runs in one transaction (joining the caller's, if any) and is guarded
 * by the optimistic-lock version on EVENT.
 */
final class JooqEventRepository implements EventRepository {

    private final DSLContext dsl;
    private final JooqTransactions tx;
    private final EventChildren children;
    private final EventSummaryQuery summaries;

    JooqEventRepository(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
        this.children = new EventChildren(dsl);
        this.summaries = new EventSummaryQuery(dsl);
    }

    @Override
    public Event insert(Event event) {
        UUID id = event.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            EventRecord row = EventMapper.content(event);
            row.setId(id);
            row.setCreatedAt(now);
            row.setUpdatedAt(now);
            row.setVersion(0);
            dsl.insertInto(EVENT).set(row).execute();
            children.insert(event, now, Map.of());
            return children.read(id).orElseThrow();
        });
    }

    /** Writes the event over the version it was read at, replacing all its child rows. */
    @Override
    public Event update(Event event) {
        UUID id = event.id();
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            int rows = dsl.update(EVENT)
                    .set(EventMapper.content(event))
                    .set(EVENT.VERSION, EVENT.VERSION.plus(1))
                    .set(EVENT.UPDATED_AT, now)
                    .where(EVENT.ID.eq(id))
                    .and(EVENT.VERSION.eq(event.stamp().version()))
                    .execute();
            Stamps.requireOneRow(rows, id);
            Map<UUID, OffsetDateTime> attendanceCreated = children.attendanceCreatedAt(id);
            List<UUID> oldSources = children.sourceIds(id);
            children.deleteAll(id);
            children.insert(event, now, attendanceCreated);
            children.deleteUnlinkedSources(oldSources);
            return children.read(id).orElseThrow();
        });
    }

    @Override
    public Optional<Event> findById(UUID id) {
        return tx.read(() -> children.read(id));
    }

    @Override
    public List<EventSummary> findAllSummaries(String language) {
        return tx.read(() -> summaries.fetchAll(language));
    }

    @Override
    public List<EventSummary> findNewestSummaries(String language, int limit) {
        return tx.read(() -> summaries.fetchNewest(language, limit));
    }

    /**
     * Deletes the event read at {@code version}; its organiser, theme and source links, its
     * attendance and trip links go with it (ON DELETE CASCADE), and so do its sources that no
     * other event links.
     */
    @Override
    public void delete(UUID id, int version) {
        tx.inTransaction(() -> {
            List<UUID> sources = children.sourceIds(id);
            int rows = dsl.deleteFrom(EVENT)
                    .where(EVENT.ID.eq(id))
                    .and(EVENT.VERSION.eq(version))
                    .execute();
            Stamps.requireOneRow(rows, id);
            children.deleteUnlinkedSources(sources);
        });
    }

    @Override
    public int count() {
        return tx.read(() -> dsl.fetchCount(EVENT));
    }

    /** Distinct non-blank cities of events, sorted. */
    @Override
    public List<String> findCities() {
        return tx.read(() -> dsl.selectDistinct(EVENT.CITY)
                .from(EVENT)
                .where(EVENT.CITY.isNotNull())
                .and(DSL.trim(EVENT.CITY).ne(""))
                .orderBy(EVENT.CITY)
                .fetch(EVENT.CITY));
    }

    @Override
    public List<PeriodEvent> findInPeriod(LocalDate from, LocalDate to) {
        return tx.read(() -> new ReportQuery(dsl).events(from, to));
    }
}
