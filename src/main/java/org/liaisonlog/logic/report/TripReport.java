package org.liaisonlog.logic.report;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.report.ParticipantList.Entry;
import org.liaisonlog.logic.report.ParticipantList.Group;
import org.liaisonlog.logic.report.ParticipantList.Kind;
import org.liaisonlog.logic.report.ReportBlock.Cells;
import org.liaisonlog.logic.report.ReportBlock.Column;
import org.liaisonlog.logic.report.ReportBlock.Fact;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;

/**
 * The mission report of a trip: who travelled (name, position, organisation), the itinerary
 * (city, country, dates of each leg), the purpose and status, each event attended (dates, place,
 * motto, organisers, themes in alphabetical order, and its participants as a compact list: the parties of each group,
 * by acronym where there is one), then the report text and the follow-up.
 *
 * <p>The CSV holds one row per event attended, the trip's own columns repeated on each; a trip
 * with no events recorded gives one row with the event columns empty.
 */
final class TripReport {

    private final Catalogue catalogue;
    private final ReportTexts texts;
    private final ReportDates dates;
    private final ReportNames names;
    private final EventTexts eventTexts;

    TripReport(Catalogue catalogue, ReportTexts texts, ReportDates dates, ReportNames names, EventTexts eventTexts) {
        this.catalogue = catalogue;
        this.texts = texts;
        this.dates = dates;
        this.names = names;
        this.eventTexts = eventTexts;
    }

    ReportDocument build(Trip trip) {
        List<String> travellers = trip.travellerIds().stream().map(names::personName).filter(n -> !n.isEmpty())
                .toList();
        LocalDate first = trip.legs().stream().map(TripLeg::from).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = trip.legs().stream().map(l -> l.to() != null ? l.to() : l.from()).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        String period = dates.range(first, last);
        String destinations = String.join("; ", trip.legs().stream()
                .map(l -> names.place(l.city(), l.countryCode())).filter(p -> !p.isEmpty()).toList());
        String purpose = EventTexts.blankToEmpty(trip.purpose());

        List<ReportBlock> blocks = new ArrayList<>();
        blocks.add(new ReportBlock.Facts(nonEmpty(List.of(
                new Fact(texts.text("fact.purpose"), purpose),
                new Fact(texts.text("fact.status"), texts.tripStatus(trip.status()))))));
        blocks.add(new ReportBlock.Heading(texts.text("heading.travellers")));
        blocks.add(travellersTable(trip.travellerIds()));
        if (!trip.legs().isEmpty()) {
            blocks.add(new ReportBlock.Heading(texts.text("heading.legs")));
            blocks.add(legsTable(trip.legs()));
        }
        blocks.add(new ReportBlock.Heading(texts.text("heading.events")));
        List<Event> events = trip.eventIds().stream().map(id -> catalogue.events().findById(id))
                .flatMap(Optional::stream).toList();
        if (events.isEmpty()) {
            blocks.add(new ReportBlock.Paragraph(texts.text("trip.noEvents")));
        }
        List<List<String>> csv = new ArrayList<>();
        List<String> tripColumns = List.of(String.join(", ", travellers), purpose, period, destinations,
                texts.tripStatus(trip.status()));
        for (Event event : events) {
            addEvent(blocks, csv, tripColumns, event);
        }
        if (events.isEmpty()) {
            csv.add(concat(tripColumns, List.of("", "", "", "", "")));
        }
        blocks.add(new ReportBlock.Heading(texts.text("heading.report")));
        paragraphs(trip.report(), texts.text("trip.noReport")).forEach(blocks::add);
        if (trip.followUp() != null && !trip.followUp().isBlank()) {
            blocks.add(new ReportBlock.Heading(texts.text("heading.followUp")));
            paragraphs(trip.followUp(), "").forEach(blocks::add);
        }

        List<String> subtitle = new ArrayList<>();
        subtitle.add(String.join(", ", travellers));
        subtitle.add(EventTexts.joinNonEmpty(", ", period, destinations));
        CsvTable table = new CsvTable(List.of(texts.text("column.travellers"), texts.text("column.purpose"),
                texts.text("column.dates"), texts.text("fact.destinations"), texts.text("column.status"),
                texts.text("column.event"), texts.text("fact.dates"), texts.text("column.place"),
                texts.text("column.themes"), texts.text("column.participants")), csv);
        String who = trip.travellerIds().isEmpty() ? "" : names.person(trip.travellerIds().get(0)) == null ? ""
                : names.person(trip.travellerIds().get(0)).name();
        return new ReportDocument(ReportKind.TRIP, texts.locale(), texts.text("trip.title"),
                subtitle.stream().filter(s -> !s.isBlank()).toList(), blocks, table, false,
                FileNames.of(texts.text("file.trip"), who, first == null ? "" : first.toString(),
                        texts.russian() ? "ru" : ""));
    }

    private ReportBlock travellersTable(List<UUID> travellerIds) {
        List<ReportBlock.Row> rows = new ArrayList<>();
        for (UUID id : travellerIds) {
            Person p = names.person(id);
            if (p != null) {
                rows.add(new Cells(List.of(names.personName(id), EventTexts.blankToEmpty(p.position()),
                        names.organisationName(p.organisationId())), 0));
            }
        }
        return new ReportBlock.Table(List.of(new Column(texts.text("column.name"), 4),
                new Column(texts.text("column.position"), 3),
                new Column(texts.text("column.organisation"), 7)), rows, false);
    }

    private ReportBlock legsTable(List<TripLeg> legs) {
        List<ReportBlock.Row> rows = legs.stream().<ReportBlock.Row>map(l -> new Cells(List.of(
                EventTexts.blankToEmpty(l.city()), names.country(l.countryCode()), dates.range(l.from(), l.to())), 0))
                .toList();
        return new ReportBlock.Table(List.of(new Column(texts.text("column.city"), 4),
                new Column(texts.text("column.country"), 4),
                new Column(texts.text("column.dates"), 5)), rows, false);
    }

    private void addEvent(List<ReportBlock> blocks, List<List<String>> csv, List<String> tripColumns, Event event) {
        String themes = String.join(" · ", event.themeIds().stream().map(names::themeName)
                .filter(n -> !n.isEmpty()).sorted(Collator.getInstance(texts.locale())).toList());
        blocks.add(new ReportBlock.Heading(eventTexts.fullName(event)));
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact(texts.text("fact.dates"), eventTexts.dates(event)));
        facts.add(new Fact(texts.text("fact.place"), eventTexts.place(event)));
        facts.add(new Fact(texts.text("fact.motto"), eventTexts.motto(event)));
        facts.addAll(eventTexts.facts(event));
        facts.add(new Fact(texts.text("fact.themes"), themes));
        blocks.add(new ReportBlock.Facts(nonEmpty(facts)));
        ParticipantList list = ParticipantList.of(event.attendance(),
                AttendanceOptions.standard(texts.locale()).groupOrder(), false, names, texts);
        if (!list.groups().isEmpty()) {
            List<ReportBlock.Row> rows = new ArrayList<>();
            for (Group group : list.groups()) {
                rows.add(new Cells(List.of(texts.format("compact.group", texts.capacity(group.capacity()),
                        group.parties().size()), String.join(", ", group.parties().stream()
                        .map(this::shortName).toList())), 0));
            }
            rows.add(new ReportBlock.TotalRow(texts.text("total"), Integer.toString(list.total())));
            blocks.add(new ReportBlock.Table(List.of(new Column(texts.text("column.group"), 4),
                    new Column(texts.text("trip.participantsEvent"), 10)), rows, false));
        }
        csv.add(concat(tripColumns, List.of(eventTexts.fullName(event), eventTexts.dates(event),
                eventTexts.place(event), themes, Integer.toString(list.total()))));
    }

    /** A party as a compact list names it: a country, an acronym, a description, a person. */
    private String shortName(Entry party) {
        return party.kind() == Kind.ORGANISATION && party.organisationId() != null
                ? names.organisationShortName(party.organisationId()) : party.name();
    }

    private static List<Fact> nonEmpty(List<Fact> facts) {
        return facts.stream().filter(f -> !f.value().isBlank()).toList();
    }

    /** The text as paragraphs, split at blank lines; the fallback when there is no text. */
    private static List<ReportBlock> paragraphs(String text, String fallback) {
        if (text == null || text.isBlank()) {
            return fallback.isEmpty() ? List.of() : List.of(new ReportBlock.Paragraph(fallback));
        }
        List<ReportBlock> paragraphs = new ArrayList<>();
        for (String part : text.strip().split("\\R\\s*\\R")) {
            if (!part.isBlank()) {
                paragraphs.add(new ReportBlock.Paragraph(part.strip()));
            }
        }
        return paragraphs;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
