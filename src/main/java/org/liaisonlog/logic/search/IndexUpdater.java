package org.liaisonlog.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.liaisonlog.logic.history.ChangeHistory;
import org.liaisonlog.logic.search.IndexState.Phase;
import org.liaisonlog.logic.search.SearchSource.EventRow;
import org.liaisonlog.logic.search.SearchSource.OrganisationRow;
import org.liaisonlog.logic.search.SearchSource.PersonRow;
import org.liaisonlog.logic.search.SearchSource.ThemeRow;
import org.liaisonlog.logic.search.SearchSource.TripRow;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;

/**
 * Keeps the {@link SearchIndex} fresh: reads the {@link ChangeHistory} since the last look and
 * re-indexes the records changed, with those whose documents hold their names (the events of a
 * theme or an organisation, the people of an organisation, the trips of a person).
 */
final class IndexUpdater {

    /** Changes are read back this far before the last one seen: a transaction may commit late. */
    private static final Duration OVERLAP = Duration.ofSeconds(60);

    private final SearchSource source;
    private final ChangeHistory history;
    private final Names names;
    private final Documents documents;
    private final SearchIndex index;
    /** The changes already applied, by id, with their times (those older than the overlap are dropped). */
    private final Map<UUID, Instant> seen = new HashMap<>();
    private Instant mark = Instant.EPOCH;
    /** The history's generation when it was last read (read before reading it, so none is missed). */
    private volatile long lastGeneration = ChangeHistory.UNKNOWN;

    IndexUpdater(SearchSource source, ChangeHistory history, Names names, Documents documents, SearchIndex index) {
        this.source = source;
        this.history = history;
        this.names = names;
        this.documents = documents;
        this.index = index;
    }

    /** Sets the mark for a build begun at {@code begin}: what changed since may be missing from it. */
    void startFrom(Instant begin) {
        mark = begin.minus(OVERLAP);
    }

    /** Brings the index up to date with the change history (once built). */
    void catchUp() {
        if (index.state().phase() != Phase.READY) {
            return;
        }
        // Nothing committed since the last look: no need to read the history (a query each search).
        long generation = history.generation();
        if (generation != ChangeHistory.UNKNOWN && generation == lastGeneration) {
            return;
        }
        index.updates().lock();
        try {
            lastGeneration = generation;
            if (applyChanges()) {
                index.searchers().maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            index.updates().unlock();
        }
    }

    /** Re-indexes the records changed since the mark; true when something was applied. Under the lock. */
    boolean applyChanges() throws IOException {
        List<ChangeEntry> entries = history.since(mark.minus(OVERLAP));
        Map<RecordType, Set<UUID>> changed = new EnumMap<>(RecordType.class);
        Set<UUID> mergedPeople = new HashSet<>();
        Instant newest = mark;
        for (ChangeEntry entry : entries) {
            if (seen.putIfAbsent(entry.id(), entry.at()) != null) {
                continue;
            }
            changed.computeIfAbsent(entry.type(), t -> new HashSet<>()).add(entry.recordId());
            if (entry.type() == RecordType.PERSON && entry.kind() != ChangeKind.UPDATE
                    && entry.kind() != ChangeKind.CREATE) {
                mergedPeople.add(entry.recordId());
            }
            if (entry.at().isAfter(newest)) {
                newest = entry.at();
            }
        }
        mark = newest;
        Instant forget = mark.minus(OVERLAP).minus(OVERLAP);
        seen.values().removeIf(at -> at.isBefore(forget));
        if (changed.isEmpty()) {
            return false;
        }
        IndexSearcher searcher = index.searchers().acquire();
        try {
            Set<UUID> events = new HashSet<>(changed.getOrDefault(RecordType.EVENT, Set.of()));
            Set<UUID> trips = new HashSet<>(changed.getOrDefault(RecordType.TRIP, Set.of()));
            Set<UUID> people = new HashSet<>(changed.getOrDefault(RecordType.PERSON, Set.of()));
            Set<UUID> themes = changed.getOrDefault(RecordType.THEME, Set.of());
            if (!themes.isEmpty()) {
                Set<UUID> affected = new HashSet<>(themes);
                affected.addAll(ids(searcher, Documents.THEME_PARENT, themes));
                Map<UUID, ThemeRow> found = new HashMap<>();
                source.themes(affected, t -> found.put(t.id(), t));
                for (UUID id : affected) {
                    if (found.containsKey(id)) {
                        names.put(found.get(id));
                    } else {
                        names.themes.remove(id);
                    }
                }
                for (UUID id : affected) {
                    index.replace(id, found.containsKey(id) ? documents.theme(found.get(id)) : null);
                }
                events.addAll(ids(searcher, Documents.F_THEME, themes));
            }
            Set<UUID> organisations = changed.getOrDefault(RecordType.ORGANISATION, Set.of());
            if (!organisations.isEmpty()) {
                Map<UUID, OrganisationRow> found = new HashMap<>();
                source.organisations(organisations, o -> found.put(o.id(), o));
                for (UUID id : organisations) {
                    if (found.containsKey(id)) {
                        names.put(found.get(id));
                    } else {
                        names.organisations.remove(id);
                    }
                }
                for (UUID id : organisations) {
                    index.replace(id, found.containsKey(id) ? documents.organisation(found.get(id)) : null);
                }
                events.addAll(ids(searcher, Documents.F_ORGANISER, organisations));
                events.addAll(ids(searcher, Documents.F_ATT_ORG, organisations));
                events.addAll(ids(searcher, Documents.PARTY, organisations));
                people.addAll(ids(searcher, Documents.PERSON_ORG, organisations));
            }
            if (!people.isEmpty()) {
                Map<UUID, PersonRow> found = new HashMap<>();
                source.people(people, p -> found.put(p.id(), p));
                for (UUID id : people) {
                    if (found.containsKey(id)) {
                        names.put(found.get(id));
                    } else {
                        names.people.remove(id);
                    }
                }
                for (UUID id : people) {
                    index.replace(id, found.containsKey(id) ? documents.person(found.get(id)) : null);
                }
                trips.addAll(ids(searcher, Documents.TRIP_PERSON, people));
                events.addAll(ids(searcher, Documents.PARTY, mergedPeople));
            }
            if (!events.isEmpty()) {
                Map<UUID, EventRow> found = new HashMap<>();
                source.events(events, e -> found.put(e.id(), e));
                for (UUID id : events) {
                    index.replace(id, found.containsKey(id) ? documents.event(found.get(id)) : null);
                }
            }
            if (!trips.isEmpty()) {
                Map<UUID, TripRow> found = new HashMap<>();
                source.trips(trips, t -> found.put(t.id(), t));
                for (UUID id : trips) {
                    index.replace(id, found.containsKey(id) ? documents.trip(found.get(id)) : null);
                }
            }
        } finally {
            index.searchers().release(searcher);
        }
        return true;
    }

    /** The ids of the records whose {@code field} holds one of {@code values}. */
    private static Set<UUID> ids(IndexSearcher searcher, String field, Collection<UUID> values) throws IOException {
        Set<UUID> ids = new HashSet<>();
        if (values.isEmpty()) {
            return ids;
        }
        Query query = new TermInSetQuery(field, values.stream().map(v -> new BytesRef(v.toString())).toList());
        StoredFields stored = searcher.storedFields();
        BitsCollector bits = new BitsCollector(searcher.getIndexReader().maxDoc());
        searcher.search(query, bits);
        for (int doc = bits.bits.nextSetBit(0); doc != DocIdSetIterator.NO_MORE_DOCS;
             doc = doc + 1 < bits.bits.length() ? bits.bits.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
            ids.add(UUID.fromString(stored.document(doc, Set.of(Documents.ID)).get(Documents.ID)));
        }
        return ids;
    }
}
