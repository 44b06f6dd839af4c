package org.liaisonlog.logic.report;

import java.util.ArrayList;
import java.util.List;
import org.liaisonlog.logic.report.ParticipantList.Entry;
import org.liaisonlog.logic.report.ParticipantList.Group;
import org.liaisonlog.logic.report.ParticipantList.Kind;
import org.liaisonlog.logic.report.ReportBlock.Cells;
import org.liaisonlog.logic.report.ReportBlock.Column;
import org.liaisonlog.logic.report.ReportBlock.GroupRow;
import org.liaisonlog.logic.report.ReportBlock.Row;
import org.liaisonlog.model.event.Event;

/**
 * The list of participants of an event: under the title, the event's full name, motto, dates and
 * place, then its organisers; then one table with a group per capacity (its count beside it), the
 * parties of the group numbered through the whole list, their bodies and people indented under
 * them, and the total.
 *
 * <p>What is counted: parties, as {@link ParticipantList} defines them — a delegation of a state
 * (however many bodies and people it sends), an organisation, a body described without a name,
 * or a person who came on their own. People under their party are not counted; showing or hiding
 * them never changes a count. A group's count is the number of its numbered rows, and the total is
 * the sum of the groups (the last number of the list). Lines whose status is absent or excused
 * are left out, unless asked for; then they are listed, marked and counted like the others.
 *
 * <p>The CSV has one row per printed row (party, body or person; people only when they are
 * shown), with the group, country, organisation, person, title, role and status in columns of
 * their own, and the party's number on the party's row.
 */
final class AttendanceReport {

    private final ReportTexts texts;
    private final ReportNames names;
    private final EventTexts eventTexts;

    AttendanceReport(ReportTexts texts, ReportNames names, EventTexts eventTexts) {
        this.texts = texts;
        this.names = names;
        this.eventTexts = eventTexts;
    }

    ReportDocument build(Event event, AttendanceOptions options) {
        ParticipantList list = ParticipantList.of(event.attendance(), options.groupOrder(), options.includeAbsent(),
                names, texts);
        List<Row> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        int number = 0;
        for (Group group : list.groups()) {
            String groupName = texts.capacity(group.capacity());
            rows.add(new GroupRow(groupName, Integer.toString(group.parties().size()), 0));
            for (Entry party : group.parties()) {
                number++;
                addRows(rows, csv, party, Integer.toString(number), 0, groupName, options.showPeople());
            }
        }
        rows.add(new ReportBlock.TotalRow(texts.text("total"), Integer.toString(list.total())));
        List<ReportBlock> blocks = new ArrayList<>();
        List<ReportBlock.Fact> facts = eventTexts.facts(event);
        if (!facts.isEmpty()) {
            blocks.add(new ReportBlock.Facts(facts));
        }
        blocks.add(new ReportBlock.Table(List.of(
                new Column(texts.text("column.number"), 1),
                new Column(texts.text("column.participant"), 8),
                new Column(texts.text("column.titleRole"), 5)), rows, false));
        CsvTable table = new CsvTable(List.of(texts.text("column.number"), texts.text("column.group"),
                texts.text("column.country"), texts.text("column.organisation"), texts.text("column.person"),
                texts.text("column.title"), texts.text("column.role"), texts.text("column.status")), csv);
        return new ReportDocument(ReportKind.ATTENDANCE, texts.locale(), texts.text("attendance.title"),
                eventTexts.subtitle(event), blocks, table, false,
                fileName(texts, "file.attendance", event));
    }

    private void addRows(List<Row> rows, List<List<String>> csv, Entry entry, String number, int indent,
                         String groupName, boolean showPeople) {
        String name = entry.away() ? texts.format("pattern.withStatus", entry.name(), texts.status(entry.status()))
                : entry.name();
        rows.add(new Cells(List.of(number, name, entry.titleAndRole()), indent));
        csv.add(List.of(number, groupName, entry.country(), entry.organisation(), entry.person(), entry.title(),
                entry.role(), entry.status() == null ? "" : texts.status(entry.status())));
        for (Entry child : entry.children()) {
            if (showPeople || child.kind() != Kind.PERSON) {
                addRows(rows, csv, child, "", indent + 1, groupName, showPeople);
            }
        }
    }

    /** "participants-sixth-scientific-and-practical-…-2018-10-31" (with "-ru" for a Russian report). */
    static String fileName(ReportTexts texts, String kindKey, Event event) {
        return FileNames.of(texts.text(kindKey), shortTitle(event.title()),
                event.start() == null ? "" : event.start().date().toString(), texts.russian() ? "ru" : "");
    }

    /** The first words of a title, enough to tell one file from another. */
    private static String shortTitle(String title) {
        String slug = FileNames.slug(title);
        if (slug.length() <= 40) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', 40);
        return cut > 10 ? slug.substring(0, cut) : slug.substring(0, 40);
    }
}
