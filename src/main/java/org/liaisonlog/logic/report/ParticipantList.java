package org.liaisonlog.logic.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;

/**
 * An event's attendance grouped the way official lists of participants are: a group per
 * capacity, in a chosen order; in each group its <em>parties</em>, in the order the attendance
 * was recorded; under a party its bodies and people.
 *
 * <p>What a party is, and so what the counts count: in the groups of states (host, member
 * states, observers, dialogue partners) a line that names a country belongs to that country's
 * delegation, and the delegation is one party however many bodies and people it sends. Otherwise
 * a party is an organisation (one, however many of its people came), a body the source describes
 * without naming ("competent bodies of …"), or a person who came without an organisation. People
 * are listed under their party and are not counted separately.
 */
final class ParticipantList {

    /** The capacities whose lines are grouped by the country they represent. */
    static final Set<Capacity> STATES = EnumSet.of(Capacity.HOST, Capacity.MEMBER_STATE, Capacity.OBSERVER,
            Capacity.DIALOGUE_PARTNER);

    /** What an entry of the list is. */
    enum Kind {
        DELEGATION,
        ORGANISATION,
        BODY,
        PERSON
    }

    /**
     * One entry: a party (at the top of a group), or a body or person under one.
     *
     * @param name    what the list prints: a country, an organisation's or person's name, a description
     * @param title   the title or position at the event ("Director"), or empty
     * @param role    the part played ("Head of delegation"), or empty
     * @param status  the status of the line the entry stands for, or null for an entry made only
     *                to hold others (an organisation whose people came, a delegation)
     * @param country the represented country's name, or empty
     * @param organisationId the organisation an organisation entry stands for, else null
     */
    record Entry(Kind kind, String name, String title, String role, AttendanceStatus status, String country,
                 String organisation, String person, UUID organisationId, List<Entry> children) {

        /** "Director, Head of delegation", or whichever of the two is known. */
        String titleAndRole() {
            return title.isEmpty() || role.isEmpty() ? title + role : title + ", " + role;
        }

        /** True when the entry's line was absent or excused. */
        boolean away() {
            return status != null && status != AttendanceStatus.ATTENDED;
        }
    }

    /** A group: a capacity and its parties. The count is the number of parties. */
    record Group(Capacity capacity, List<Entry> parties) {
    }

    private final List<Group> groups;

    private ParticipantList(List<Group> groups) {
        this.groups = List.copyOf(groups);
    }

    List<Group> groups() {
        return groups;
    }

    int total() {
        return groups.stream().mapToInt(g -> g.parties().size()).sum();
    }

    /**
     * Groups the attendance.
     *
     * @param order         the order of the groups; capacities left out come after, in their natural order
     * @param includeAway   keep lines whose status is absent or excused
     */
    static ParticipantList of(List<Attendance> attendance, List<Capacity> order, boolean includeAway,
                              ReportNames names, ReportTexts texts) {
        Map<Capacity, List<Attendance>> byCapacity = new EnumMap<>(Capacity.class);
        for (Attendance a : attendance) {
            if (includeAway || a.status() == AttendanceStatus.ATTENDED) {
                byCapacity.computeIfAbsent(a.capacity(), c -> new ArrayList<>()).add(a);
            }
        }
        Set<Capacity> sequence = new LinkedHashSet<>(order);
        sequence.addAll(List.of(Capacity.values()));
        List<Group> groups = new ArrayList<>();
        for (Capacity capacity : sequence) {
            List<Attendance> lines = byCapacity.get(capacity);
            if (lines != null && !lines.isEmpty()) {
                groups.add(new Group(capacity, new GroupBuilder(capacity, names, texts).build(lines)));
            }
        }
        return new ParticipantList(groups);
    }

    /** Builds the parties of one group. */
    private static final class GroupBuilder {

        private final Capacity capacity;
        private final ReportNames names;
        private final ReportTexts texts;
        private final Map<String, Node> parties = new LinkedHashMap<>();

        GroupBuilder(Capacity capacity, ReportNames names, ReportTexts texts) {
            this.capacity = capacity;
            this.names = names;
            this.texts = texts;
        }

        List<Entry> build(List<Attendance> lines) {
            lines.forEach(this::add);
            return parties.values().stream().map(Node::entry).toList();
        }

        private void add(Attendance a) {
            String country = names.country(a.countryCode());
            if (a.countryCode() != null && (STATES.contains(capacity) || !namesAParty(a))) {
                Node delegation = parties.computeIfAbsent("country:" + a.countryCode(),
                        k -> new Node(Kind.DELEGATION, country, country, "", ""));
                if (namesAParty(a)) {
                    addUnder(delegation.children, a, country);
                } else {
                    delegation.take(a, texts);
                }
            } else {
                addUnder(parties, a, country);
            }
        }

        /** True when the line names an organisation, a person or a described body. */
        private static boolean namesAParty(Attendance a) {
            return a.organisationId() != null || a.personId() != null
                    || (a.description() != null && !a.description().isBlank());
        }

        /** Adds the line's organisation (with its person under it), person or body to {@code into}. */
        private void addUnder(Map<String, Node> into, Attendance a, String country) {
            if (a.organisationId() != null) {
                String organisation = names.organisationName(a.organisationId());
                Node node = into.computeIfAbsent("organisation:" + a.organisationId(),
                        k -> new Node(Kind.ORGANISATION, organisation, country, organisation, ""));
                node.organisationId = a.organisationId();
                if (a.personId() != null) {
                    node.children.computeIfAbsent("person:" + a.personId(), k -> person(a, country, organisation))
                            .take(a, texts);
                } else {
                    node.take(a, texts);
                }
            } else if (a.personId() != null) {
                into.computeIfAbsent("person:" + a.personId(), k -> person(a, country, "")).take(a, texts);
            } else {
                String description = a.description().strip();
                into.computeIfAbsent("body:" + Names.key(description),
                        k -> new Node(Kind.BODY, description, country, description, "")).take(a, texts);
            }
        }

        private Node person(Attendance a, String country, String organisation) {
            return new Node(Kind.PERSON, names.personName(a.personId()), country, organisation,
                    names.personName(a.personId()));
        }
    }

    /** An entry while it is built. */
    private static final class Node {

        final Kind kind;
        final String name;
        final String country;
        final String organisation;
        final String person;
        final Map<String, Node> children = new LinkedHashMap<>();
        String title = "";
        String role = "";
        UUID organisationId;
        AttendanceStatus status;

        Node(Kind kind, String name, String country, String organisation, String person) {
            this.kind = kind;
            this.name = name;
            this.country = country;
            this.organisation = organisation;
            this.person = person;
        }

        /** The entry stands for this line: its title, role and status (the first line's, if several). */
        void take(Attendance a, ReportTexts texts) {
            if (status != null) {
                return;
            }
            status = a.status();
            title = a.title() == null ? "" : a.title().strip();
            role = texts.role(a.role());
        }

        Entry entry() {
            return new Entry(kind, name, title, role, status, country, organisation, person, organisationId,
                    children.values().stream().map(Node::entry).toList());
        }
    }
}
