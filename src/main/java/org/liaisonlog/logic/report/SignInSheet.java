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
 * A sign-in sheet for an event: the expected participants grouped as in the list of participants,
 * one numbered row per person, with empty columns to sign and leave a contact; a party without
 * named people (an organisation, a delegation's body) gets one row with the name left blank for
 * whoever comes. Then blank rows for those who come unannounced. Landscape, with tall rows.
 *
 * <p>Expected are the lines whose status is attended (the status a planned line has); excused and
 * absent lines are left out. A group's count is its number of rows (places to sign), not parties.
 */
final class SignInSheet {

    private final ReportTexts texts;
    private final ReportNames names;
    private final EventTexts eventTexts;

    SignInSheet(ReportTexts texts, ReportNames names, EventTexts eventTexts) {
        this.texts = texts;
        this.names = names;
        this.eventTexts = eventTexts;
    }

    /** One row to sign: the person (or blank), their title, the delegation or organisation. */
    private record Place(String name, String title, String delegation) {
    }

    ReportDocument build(Event event, SignInOptions options) {
        ParticipantList list = ParticipantList.of(event.attendance(), AttendanceOptions.standard(texts.locale())
                .groupOrder(), false, names, texts);
        List<Row> rows = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        int number = 0;
        for (Group group : list.groups()) {
            List<Place> places = new ArrayList<>();
            group.parties().forEach(party -> collect(party, "", places));
            String groupName = texts.capacity(group.capacity());
            rows.add(new GroupRow(groupName, Integer.toString(places.size()), 0));
            for (Place place : places) {
                number++;
                rows.add(new Cells(List.of(Integer.toString(number), place.name(), place.title(), place.delegation(),
                        "", ""), 0));
                csv.add(List.of(Integer.toString(number), groupName, place.name(), place.title(), place.delegation(),
                        "", ""));
            }
        }
        int expected = number;
        if (options.blankRows() > 0) {
            rows.add(new GroupRow(texts.text("signIn.additional"), "", 0));
            for (int i = 0; i < options.blankRows(); i++) {
                number++;
                rows.add(new Cells(List.of(Integer.toString(number), "", "", "", "", ""), 0));
            }
        }
        List<ReportBlock.Fact> facts = new ArrayList<>(eventTexts.facts(event));
        facts.add(new ReportBlock.Fact(texts.text("fact.expected"), Integer.toString(expected)));
        List<ReportBlock> blocks = List.of(new ReportBlock.Facts(facts), new ReportBlock.Table(List.of(
                new Column(texts.text("column.number"), 0.7f),
                new Column(texts.text("column.name"), 4),
                new Column(texts.text("column.title"), 2.5f),
                new Column(texts.text("column.delegation"), 5),
                new Column(texts.text("column.signature"), 3),
                new Column(texts.text("column.contact"), 3.5f)), rows, true));
        CsvTable table = new CsvTable(List.of(texts.text("column.number"), texts.text("column.group"),
                texts.text("column.name"), texts.text("column.title"), texts.text("column.delegation"),
                texts.text("column.signature"), texts.text("column.contact")), csv);
        return new ReportDocument(ReportKind.SIGN_IN, texts.locale(), texts.text("signIn.title"),
                eventTexts.subtitle(event), blocks, table, true,
                AttendanceReport.fileName(texts, "file.signIn", event));
    }

    /** The places of an entry: itself when it holds no one, else those of what it holds. */
    private static void collect(Entry entry, String path, List<Place> places) {
        if (entry.kind() == Kind.PERSON) {
            places.add(new Place(entry.name(), entry.titleAndRole(), path));
            return;
        }
        String here = path.isEmpty() ? entry.name() : path + " — " + entry.name();
        if (entry.children().isEmpty()) {
            places.add(new Place("", entry.titleAndRole(), here));
        } else {
            entry.children().forEach(child -> collect(child, here, places));
        }
    }
}
