package org.liaisonlog.logic.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.persistence.H2Catalogue;

/** A real catalogue file with the reference data and the example, and ways to read a report back. */
final class ReportFixture implements AutoCloseable {

    final Catalogue catalogue;
    final ReportService reports;
    final UUID exampleEvent;
    final UUID exampleTrip;

    ReportFixture(Path folder) {
        catalogue = H2Catalogue.open(folder);
        FirstStart.prepare(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        reports = new ReportService(catalogue);
        List<EventSummary> events = catalogue.events().findAllSummaries();
        exampleEvent = events.get(0).id();
        List<Trip> trips = catalogue.trips().findAll();
        exampleTrip = trips.get(0).id();
    }

    @Override
    public void close() {
        catalogue.close();
    }

    // ---- reading a document back ----

    static List<ReportBlock.Table> tables(ReportDocument document) {
        return document.blocks().stream()
                .filter(ReportBlock.Table.class::isInstance).map(ReportBlock.Table.class::cast).toList();
    }

    static ReportBlock.Table onlyTable(ReportDocument document) {
        List<ReportBlock.Table> tables = tables(document);
        if (tables.size() != 1) {
            throw new AssertionError("Expected one table, found " + tables.size());
        }
        return tables.get(0);
    }

    static Map<String, String> facts(ReportDocument document) {
        Map<String, String> facts = new LinkedHashMap<>();
        document.blocks().stream().filter(ReportBlock.Facts.class::isInstance).map(ReportBlock.Facts.class::cast)
                .flatMap(f -> f.facts().stream()).forEach(f -> facts.putIfAbsent(f.label(), f.value()));
        return facts;
    }

    static List<String> headings(ReportDocument document) {
        return document.blocks().stream().filter(ReportBlock.Heading.class::isInstance)
                .map(b -> ((ReportBlock.Heading) b).text()).toList();
    }

    static List<String> paragraphs(ReportDocument document) {
        return document.blocks().stream().filter(ReportBlock.Paragraph.class::isInstance)
                .map(b -> ((ReportBlock.Paragraph) b).text()).toList();
    }

    /** Every text a document shows, for "it says this somewhere" checks. */
    static String allText(ReportDocument document) {
        List<String> texts = new ArrayList<>();
        texts.add(document.title());
        texts.addAll(document.subtitle());
        for (ReportBlock block : document.blocks()) {
            if (block instanceof ReportBlock.Heading h) {
                texts.add(h.text());
            } else if (block instanceof ReportBlock.Paragraph p) {
                texts.add(p.text());
            } else if (block instanceof ReportBlock.Facts f) {
                f.facts().forEach(x -> texts.add(x.label() + ": " + x.value()));
            } else if (block instanceof ReportBlock.Table t) {
                t.columns().forEach(c -> texts.add(c.header()));
                t.rows().forEach(row -> texts.add(rowText(row)));
            }
        }
        return String.join("\n", texts);
    }

    static String rowText(ReportBlock.Row row) {
        if (row instanceof ReportBlock.GroupRow g) {
            return g.text() + " " + g.count();
        }
        if (row instanceof ReportBlock.Cells c) {
            return String.join(" | ", c.values());
        }
        ReportBlock.TotalRow t = (ReportBlock.TotalRow) row;
        return t.label() + " " + t.value();
    }

    /** A numbered row of a list and the rows indented under it. */
    record Party(String number, String name, String detail, List<ReportBlock.Cells> under) {
        Stream<String> underNames() {
            return under.stream().map(c -> c.values().get(1));
        }
    }

    /** A group of a list of participants as printed: its heading, count and parties. */
    record Group(String name, String count, List<Party> parties) {
    }

    /** The groups of a list of participants (a table whose first column numbers its parties). */
    static List<Group> groups(ReportBlock.Table table) {
        List<Group> groups = new ArrayList<>();
        List<Party> parties = null;
        for (ReportBlock.Row row : table.rows()) {
            if (row instanceof ReportBlock.GroupRow g) {
                parties = new ArrayList<>();
                groups.add(new Group(g.text(), g.count(), parties));
            } else if (row instanceof ReportBlock.Cells c && parties != null) {
                if (!c.values().get(0).isEmpty()) {
                    parties.add(new Party(c.values().get(0), c.values().get(1), c.values().get(2), new ArrayList<>()));
                } else if (!parties.isEmpty()) {
                    parties.get(parties.size() - 1).under().add(c);
                }
            }
        }
        return groups;
    }

    static ReportBlock.TotalRow total(ReportBlock.Table table) {
        return table.rows().stream().filter(ReportBlock.TotalRow.class::isInstance)
                .map(ReportBlock.TotalRow.class::cast).findFirst().orElseThrow();
    }
}
