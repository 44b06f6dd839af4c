package org.liaisonlog.logic.synthetic;

import java.util.List;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;

/**
 * Writes many new records at once, each call in one transaction: the same rows the repositories'
 * {@code insert} writes, without reading each record back and without change-history entries
 * (a generated catalogue has no history of edits, as a freshly loaded example has none). Every
 * record and every child (attendance line, source, leg) must be new; parents and referenced
 * records must be written first.
 */
public interface BulkWriter {

    void themes(List<Theme> themes);

    void organisations(List<Organisation> organisations);

    void people(List<Person> people);

    void events(List<Event> events);

    void trips(List<Trip> trips);

    /** After the last batch: whatever makes the written catalogue quick to read (statistics, compaction). */
    void finish();
}
