package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.CHANGE_LOG;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_SOURCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * What the crash harness knows the catalogue must hold: every transaction {@link CrashWriter}
 * reported committed, and the one it had begun and not reported when it was killed (which may
 * or may not have committed, but must be there whole or not at all). {@link #check} compares a
 * reopened catalogue with it and names every difference.
 */
final class CrashLedger {

    /** An event as last reported: its version, attendance count and hash (null when not reported). */
    private record Expected(int version, int lines, String hash) {
    }

    /** A transaction begun and not reported committed. */
    private record Pending(String kind, List<String> ids) {
    }

    private final Map<UUID, Expected> events = new HashMap<>();
    private final Set<UUID> deleted = new HashSet<>();
    private final Map<UUID, String> organisations = new HashMap<>();
    private final Map<UUID, String> people = new HashMap<>();
    private final Set<UUID> organisationsWithHistory = new HashSet<>();
    private final Set<UUID> touched = new HashSet<>();
    private boolean seeded;
    private int historyEntries;
    private Pending pending;
    /** What happened to each record, kill by kill, to explain a problem. */
    private final Map<UUID, List<String>> trace = new HashMap<>();
    private int kill;

    int confirmed;
    int committedUnreported;
    int notCommitted;
    int killedInTransaction;

    /** Takes in the lines the writer of kill {@code killNumber} printed (only whole lines). */
    void apply(int killNumber, List<String> lines) {
        kill = killNumber;
        for (String line : lines) {
            String[] p = line.split(" ");
            for (int i = 2; i < p.length; i++) {
                if (p[i].length() == 36) {
                    note(UUID.fromString(p[i]), line.length() > 80 ? line.substring(0, 80) + "…" : line);
                }
            }
            switch (p[0]) {
                case "OPEN" -> {
                }
                case "BEGIN" -> pending = new Pending(p[1], List.of(p).subList(2, p.length));
                case "COMMITTED" -> committed(p);
                default -> throw new AssertionError("unexpected line from the writer: " + line);
            }
        }
    }

    private void note(UUID id, String what) {
        trace.computeIfAbsent(id, k -> new ArrayList<>()).add("kill " + kill + ": " + what);
    }

    /** What the ledger saw of the records a problem names. */
    String traceOf(List<String> problems) {
        StringBuilder text = new StringBuilder();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
                .matcher(String.join(" ", problems));
        Set<UUID> seen = new HashSet<>();
        while (m.find()) {
            UUID id = UUID.fromString(m.group());
            if (seen.add(id)) {
                text.append(id).append(": ").append(trace.getOrDefault(id, List.of("never seen"))).append('\n');
            }
        }
        return text.toString();
    }

    private void committed(String[] p) {
        confirmed++;
        if (p[1].equals("SEED")) {
            seeded = true;
            return;
        }
        UUID id = UUID.fromString(p[2]);
        if (pending == null || !pending.kind().equals(p[1]) || !pending.ids().get(0).equals(p[2])) {
            throw new AssertionError("COMMITTED without its BEGIN: " + String.join(" ", p));
        }
        historyEntries++;
        touched.add(id);
        switch (p[1]) {
            case "INSERT" -> {
                events.put(id, new Expected(Integer.parseInt(p[3]), Integer.parseInt(p[4]), p[5]));
                addNamedWithEvent(pending);
            }
            case "UPDATE" -> events.put(id, new Expected(Integer.parseInt(p[3]), Integer.parseInt(p[4]), p[5]));
            case "DELETE" -> {
                events.remove(id);
                deleted.add(id);
            }
            case "ORG" -> {
                organisations.put(id, p[3]);
                organisationsWithHistory.add(id);
            }
            case "PERSON" -> people.put(id, p[3]);
            default -> throw new AssertionError("unknown kind " + p[1]);
        }
        pending = null;
    }

    private void addNamedWithEvent(Pending insert) {
        if (!insert.ids().get(1).equals("-")) {
            organisations.put(UUID.fromString(insert.ids().get(1)), null);
        }
        if (!insert.ids().get(2).equals("-")) {
            people.put(UUID.fromString(insert.ids().get(2)), null);
        }
    }

    /**
     * Compares the reopened catalogue with the ledger; returns the differences (none when all is
     * well). The transaction under way when the writer was killed is settled from what the
     * catalogue holds: whole (then it counts as committed) or absent. {@code full} checks every
     * record's content; otherwise those the last writer touched and a sample of the rest.
     */
    List<String> check(H2Catalogue catalogue, boolean full, Random random) {
        List<String> problems = new ArrayList<>();
        DSLContext dsl = catalogue.dsl();
        checkSeed(catalogue, problems);
        settlePending(catalogue, problems);

        Set<UUID> stored = catalogue.events().findAllSummaries("en").stream().map(s -> s.id())
                .collect(Collectors.toSet());
        diff("events", events.keySet(), stored, problems);
        deleted.stream().filter(stored::contains).forEach(id -> problems.add("deleted event is back: " + id));

        // No half-written event: every stored event has all the children its summary names.
        Map<UUID, Integer> lines = counts(dsl, ATTENDANCE, ATTENDANCE.EVENT_ID);
        Map<UUID, Integer> organisers = counts(dsl, EVENT_ORGANISER, EVENT_ORGANISER.EVENT_ID);
        Map<UUID, Integer> themes = counts(dsl, EVENT_THEME, EVENT_THEME.EVENT_ID);
        Map<UUID, Integer> sources = counts(dsl, EVENT_SOURCE, EVENT_SOURCE.EVENT_ID);
        for (Record2<UUID, String> row : dsl.select(EVENT.ID, EVENT.SUMMARY).from(EVENT).fetch()) {
            UUID id = row.value1();
            int[] shape = CrashWriter.shape(row.value2());
            int[] found = {lines.getOrDefault(id, 0), organisers.getOrDefault(id, 0), themes.getOrDefault(id, 0),
                    sources.getOrDefault(id, 0)};
            if (shape == null || !java.util.Arrays.equals(shape, found)) {
                problems.add("event " + id + " is half-written: its summary says "
                        + (shape == null ? "nothing" : java.util.Arrays.toString(shape)) + ", found "
                        + java.util.Arrays.toString(found));
            }
            Expected expected = events.get(id);
            if (expected != null && expected.lines() != found[0]) {
                problems.add("event " + id + " was reported with " + expected.lines() + " lines, has " + found[0]);
            }
        }

        // Content exactly as written: all of it on a full check, else what was touched and a sample.
        List<UUID> toRead = new ArrayList<>(events.keySet());
        if (!full) {
            java.util.Collections.shuffle(toRead, random);
            Set<UUID> chosen = new HashSet<>(toRead.subList(0, Math.min(30, toRead.size())));
            touched.stream().filter(events::containsKey).forEach(chosen::add);
            toRead = new ArrayList<>(chosen);
        }
        for (UUID id : toRead) {
            Expected expected = events.get(id);
            Optional<Event> event = catalogue.events().findById(id);
            if (event.isEmpty()) {
                continue; // already reported as missing
            }
            if (event.get().stamp().version() != expected.version()) {
                problems.add("event " + id + " has version " + event.get().stamp().version() + ", reported "
                        + expected.version());
            } else if (expected.hash() != null && !expected.hash().equals(CrashWriter.hash(event.get()))) {
                problems.add("event " + id + " differs from what was reported committed");
            }
        }
        touched.clear();

        Map<UUID, Organisation> storedOrganisations = catalogue.organisations().findAll().stream()
                .filter(o -> !o.name().startsWith(CrashWriter.SEED_PREFIX))
                .collect(Collectors.toMap(Organisation::id, o -> o));
        diff("organisations", organisations.keySet(), storedOrganisations.keySet(), problems);
        organisations.forEach((id, hash) -> {
            Organisation o = storedOrganisations.get(id);
            if (o != null && hash != null && !hash.equals(CrashWriter.hash(o))) {
                problems.add("organisation " + id + " differs from what was reported committed");
            }
        });
        Map<UUID, Person> storedPeople = catalogue.people().findAll().stream()
                .filter(o -> !o.name().startsWith(CrashWriter.SEED_PREFIX))
                .collect(Collectors.toMap(Person::id, o -> o));
        diff("people", people.keySet(), storedPeople.keySet(), problems);
        people.forEach((id, hash) -> {
            Person o = storedPeople.get(id);
            if (o != null && hash != null && !hash.equals(CrashWriter.hash(o))) {
                problems.add("person " + id + " differs from what was reported committed");
            }
        });

        checkHistory(dsl, problems);
        return problems;
    }

    private void checkSeed(H2Catalogue catalogue, List<String> problems) {
        long organisationsSeeded = catalogue.organisations().findAll().stream()
                .filter(o -> o.name().startsWith(CrashWriter.SEED_PREFIX)).count();
        long peopleSeeded = catalogue.people().findAll().stream()
                .filter(o -> o.name().startsWith(CrashWriter.SEED_PREFIX)).count();
        long themesSeeded = catalogue.themes().findAll().size();
        boolean whole = organisationsSeeded == CrashWriter.SEED_ORGANISATIONS
                && peopleSeeded == CrashWriter.SEED_PEOPLE && themesSeeded == CrashWriter.SEED_THEMES;
        boolean none = organisationsSeeded == 0 && peopleSeeded == 0 && themesSeeded == 0;
        if (seeded && !whole || !seeded && !whole && !none) {
            problems.add("the seed transaction is " + (seeded ? "not whole" : "half there") + ": "
                    + organisationsSeeded + " organisations, " + peopleSeeded + " people, " + themesSeeded + " themes");
        }
        if (!seeded && whole) {
            seeded = true;
            committedUnreported++;
        }
    }

    /** Settles the transaction under way at the kill: there whole, or not at all. */
    private void settlePending(H2Catalogue catalogue, List<String> problems) {
        if (pending == null) {
            return;
        }
        killedInTransaction++;
        UUID id = UUID.fromString(pending.ids().get(0));
        touched.add(id);
        boolean committed;
        switch (pending.kind()) {
            case "INSERT" -> {
                Optional<Event> event = catalogue.events().findById(id);
                committed = event.isPresent();
                for (int i = 1; i <= 2; i++) {
                    String other = pending.ids().get(i);
                    if (!other.equals("-")) {
                        UUID otherId = UUID.fromString(other);
                        boolean there = i == 1 ? catalogue.organisations().findById(otherId).isPresent()
                                : catalogue.people().findById(otherId).isPresent();
                        if (there != committed) {
                            problems.add("the event " + id + " is " + (committed ? "" : "not ")
                                    + "there but the record saved with it " + otherId + " is "
                                    + (there ? "" : "not ") + "(half a transaction)");
                        }
                    }
                }
                if (committed) {
                    events.put(id, new Expected(event.get().stamp().version(), event.get().attendance().size(), null));
                    addNamedWithEvent(pending);
                }
            }
            case "UPDATE" -> {
                Expected before = events.get(id);
                Optional<Event> event = catalogue.events().findById(id);
                if (event.isEmpty()) {
                    problems.add("event " + id + " vanished during an update");
                    committed = false;
                } else if (event.get().stamp().version() == before.version() + 1) {
                    committed = true;
                    events.put(id, new Expected(before.version() + 1, event.get().attendance().size(), null));
                } else {
                    committed = false; // checked against the reported version below
                }
            }
            case "DELETE" -> {
                committed = catalogue.events().findById(id).isEmpty();
                if (committed) {
                    events.remove(id);
                    deleted.add(id);
                }
            }
            case "ORG" -> {
                Optional<Organisation> o = catalogue.organisations().findById(id);
                committed = o.isPresent();
                o.ifPresent(found -> {
                    organisations.put(id, CrashWriter.hash(found));
                    organisationsWithHistory.add(id);
                });
            }
            case "PERSON" -> {
                Optional<Person> o = catalogue.people().findById(id);
                committed = o.isPresent();
                o.ifPresent(found -> people.put(id, CrashWriter.hash(found)));
            }
            default -> throw new AssertionError("unknown kind " + pending.kind());
        }
        if (committed) {
            committedUnreported++;
            historyEntries++;
        } else {
            notCommitted++;
        }
        note(id, "settled at reopen: " + (committed ? "committed" : "not committed"));
        pending = null;
    }

    /** The change history agrees: one entry a committed change, each event's creates and updates. */
    private void checkHistory(DSLContext dsl, List<String> problems) {
        int total = dsl.fetchCount(CHANGE_LOG);
        if (total != historyEntries) {
            problems.add("the change history has " + total + " entries, " + historyEntries + " changes were committed");
        }
        Map<UUID, Map<String, Integer>> byRecord = new HashMap<>();
        dsl.select(CHANGE_LOG.RECORD_ID, CHANGE_LOG.CHANGE_KIND, DSL.count()).from(CHANGE_LOG)
                .groupBy(CHANGE_LOG.RECORD_ID, CHANGE_LOG.CHANGE_KIND).fetch()
                .forEach(r -> byRecord.computeIfAbsent(r.value1(), k -> new HashMap<>()).put(r.value2(), r.value3()));
        events.forEach((id, expected) -> {
            Map<String, Integer> kinds = byRecord.getOrDefault(id, Map.of());
            if (kinds.getOrDefault(ChangeKind.CREATE.name(), 0) != 1
                    || kinds.getOrDefault(ChangeKind.UPDATE.name(), 0) != expected.version()) {
                problems.add("event " + id + " at version " + expected.version() + " has history " + kinds);
            }
        });
        deleted.forEach(id -> {
            if (byRecord.getOrDefault(id, Map.of()).getOrDefault(ChangeKind.DELETE.name(), 0) != 1) {
                problems.add("deleted event " + id + " has history " + byRecord.get(id));
            }
        });
        organisationsWithHistory.forEach(id -> {
            if (byRecord.getOrDefault(id, Map.of()).getOrDefault(ChangeKind.CREATE.name(), 0) != 1) {
                problems.add("organisation " + id + " has history " + byRecord.get(id));
            }
        });
    }

    private static Map<UUID, Integer> counts(DSLContext dsl, Table<?> table, TableField<?, UUID> eventId) {
        Map<UUID, Integer> counts = new HashMap<>();
        dsl.select(eventId, DSL.count()).from(table).groupBy(eventId).fetch()
                .forEach(r -> counts.put(r.value1(), r.value2()));
        return counts;
    }

    private static void diff(String what, Set<UUID> expected, Set<UUID> stored, List<String> problems) {
        expected.stream().filter(id -> !stored.contains(id))
                .forEach(id -> problems.add("committed " + what + " missing: " + id));
        stored.stream().filter(id -> !expected.contains(id))
                .forEach(id -> problems.add(what + " present that no transaction wrote: " + id));
    }

    int events() {
        return events.size();
    }

    int historyEntries() {
        return historyEntries;
    }
}
