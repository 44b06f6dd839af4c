package org.liaisonlog.logic.event;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.report.PeriodEvent;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventSummary;

/** Stores events whole: the event with its organisers, themes, sources and attendance. */
public interface EventRepository {

    /** Inserts a new event (version 0) and returns it as stored. */
    Event insert(Event event);

    /**
     * Updates an event read at {@code event.stamp().version()} and returns it as stored, with
     * the next version.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    Event update(Event event);

    Optional<Event> findById(UUID id);

    /**
     * Every event as a table line, newest first, with organisations and themes named in the
     * language ("ru" or "en") where the catalogue has the name.
     */
    List<EventSummary> findAllSummaries(String language);

    /**
     * The first {@code limit} lines of {@link #findAllSummaries(String)}: the newest events, so
     * that the table can show a screenful before all lines are read.
     */
    default List<EventSummary> findNewestSummaries(String language, int limit) {
        List<EventSummary> all = findAllSummaries(language);
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    /** Every event as a table line, newest first, names in English. */
    default List<EventSummary> findAllSummaries() {
        return findAllSummaries("en");
    }

    /**
     * Deletes an event read at {@code version} with its attendance, themes and sources.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    void delete(UUID id, int version);

    int count();

    /** Distinct cities already used by events, for autocomplete. */
    List<String> findCities();

    /**
     * The events whose days may overlap {@code from}–{@code to} (see {@link PeriodEvent#overlaps}),
     * by start date, with their themes and the organisations that took part; read in a few
     * queries whatever their number. Events without a start date are left out.
     */
    List<PeriodEvent> findInPeriod(LocalDate from, LocalDate to);
}
