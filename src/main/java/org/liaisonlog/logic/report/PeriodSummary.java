package org.liaisonlog.logic.report;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.liaisonlog.logic.report.ReportBlock.Cells;
import org.liaisonlog.logic.report.ReportBlock.Column;
import org.liaisonlog.logic.report.ReportBlock.Row;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/**
 * Trips and events of a date range: how many of each, then all of them month by month, then
 * counts by country, by theme and by organisation — what a director asks for at the end of a year.
 *
 * <p>What is in the range: an event whose days <em>may</em> overlap it. A date known only to the
 * month or year stands for the whole month or year, so an event of "October 2018" is in a range
 * that holds any day of October 2018, and an event of "2018" in any range that touches 2018.
 * Events without a start date, and trips without dated legs, are in no range. A trip is in the
 * range when the days from its first leg's start to its last leg's end overlap it; cancelled
 * trips are left out (planned ones are in: a summary of a coming period shows what is planned).
 *
 * <p>The month of an event or trip is the month it starts in, or the range's first month when it
 * began before the range. An event known only to the year is listed after December of that year,
 * under "2018, month not known".
 *
 * <p>The counts: by country, the events held there and the trips with a leg there (each trip
 * once per country); by theme, the events tagged with the theme itself (not its sub-themes); by
 * organisation, the events it took part in: organised, or attended through an attendance line
 * naming it with status attended (not its sub-organisations). Each table is sorted by count,
 * largest first, then by name.
 */
final class PeriodSummary {

    /** The month key of a date known only to the year: after December. */
    private static final int MONTH_UNKNOWN = 13;

    private final ReportTexts texts;
    private final ReportDates dates;
    private final ReportNames names;
    private final Collator collator;

    PeriodSummary(ReportTexts texts, ReportDates dates, ReportNames names) {
        this.texts = texts;
        this.dates = dates;
        this.names = names;
        this.collator = Collator.getInstance(texts.locale());
    }

    /** One line of the month-by-month table. */
    private record Line(LocalDate date, String dates, String kind, String name, String place) {
    }

    /** A counted name: how many events (and trips) it has. */
    private record Count(String name, int events, int trips) {
        int total() {
            return events + trips;
        }
    }

    ReportDocument build(LocalDate from, LocalDate to, List<PeriodEvent> events, List<PeriodTrip> allTrips) {
        List<PeriodTrip> trips = allTrips.stream().filter(t -> t.status() != TripStatus.CANCELLED).toList();
        Map<Integer, List<Line>> byMonth = new TreeMap<>();
        for (PeriodEvent e : events) {
            LocalDate start = later(e.firstDay(), from);
            int key = e.start().precision() == DatePrecision.YEAR
                    ? e.start().date().getYear() * 100 + MONTH_UNKNOWN
                    : start.getYear() * 100 + start.getMonthValue();
            byMonth.computeIfAbsent(key, k -> new ArrayList<>()).add(new Line(e.firstDay(),
                    dates.range(e.start(), e.end()), texts.kind(e.kind()), EventTexts.blankToEmpty(e.title()),
                    names.place(e.city(), e.countryCode())));
        }
        for (PeriodTrip t : trips) {
            LocalDate start = later(t.first(), from);
            String who = String.join(", ", t.travellers());
            String purpose = EventTexts.blankToEmpty(t.purpose());
            byMonth.computeIfAbsent(start.getYear() * 100 + start.getMonthValue(), k -> new ArrayList<>())
                    .add(new Line(t.first(), dates.range(t.first(), t.last()), texts.text("summary.trip"),
                            who.isEmpty() ? purpose : texts.format("pattern.tripLabel", who, purpose),
                            String.join("; ", t.legs().stream().map(l -> names.place(l.city(), l.countryCode()))
                                    .filter(p -> !p.isEmpty()).toList())));
        }

        List<ReportBlock> blocks = new ArrayList<>();
        List<List<String>> csv = new ArrayList<>();
        blocks.add(new ReportBlock.Facts(List.of(
                new ReportBlock.Fact(texts.text("fact.period"), dates.range(from, to)),
                new ReportBlock.Fact(texts.text("fact.events"), Integer.toString(events.size())),
                new ReportBlock.Fact(texts.text("fact.trips"), Integer.toString(trips.size())))));
        if (byMonth.isEmpty()) {
            blocks.add(new ReportBlock.Paragraph(texts.text("summary.noEvents")));
        } else {
            monthTable(byMonth, blocks, csv);
            countTable("heading.byCountry", "column.country", true, byCountry(events, trips), blocks, csv);
            countTable("heading.byTheme", "column.theme", false,
                    counted(events, PeriodEvent::themeIds, names::themeName), blocks, csv);
            countTable("heading.byOrganisation", "column.organisation", false,
                    counted(events, PeriodEvent::organisationIds, names::organisationName), blocks, csv);
        }
        CsvTable table = new CsvTable(List.of(texts.text("column.section"), texts.text("column.month"),
                texts.text("column.dates"), texts.text("column.kind"), texts.text("column.summaryName"),
                texts.text("column.place"), texts.text("column.events"), texts.text("column.trips")), csv);
        return new ReportDocument(ReportKind.SUMMARY, texts.locale(), texts.text("summary.title"),
                List.of(dates.range(from, to)), blocks, table, false,
                FileNames.of(texts.text("file.summary"), from.toString(), to.toString(), texts.russian() ? "ru" : ""));
    }

    private static LocalDate later(LocalDate date, LocalDate from) {
        return date.isBefore(from) ? from : date;
    }

    private void monthTable(Map<Integer, List<Line>> byMonth, List<ReportBlock> blocks, List<List<String>> csv) {
        String section = texts.text("heading.byMonth");
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<Line>> month : byMonth.entrySet()) {
            int year = month.getKey() / 100;
            int m = month.getKey() % 100;
            String label = m == MONTH_UNKNOWN
                    ? texts.format("summary.monthUnknown", texts.datePattern("year").format(LocalDate.of(year, 1, 1)))
                    : dates.month(YearMonth.of(year, m));
            List<Line> lines = new ArrayList<>(month.getValue());
            lines.sort(Comparator.comparing(Line::date).thenComparing(Line::name, collator));
            rows.add(new ReportBlock.GroupRow(label, Integer.toString(lines.size()), 0));
            for (Line line : lines) {
                rows.add(new Cells(List.of(line.dates(), line.kind(), line.name(), line.place()), 0));
                csv.add(List.of(section, label, line.dates(), line.kind(), line.name(), line.place(), "", ""));
            }
        }
        blocks.add(new ReportBlock.Heading(section));
        blocks.add(new ReportBlock.Table(List.of(
                new Column(texts.text("column.dates"), 3.5f),
                new Column(texts.text("column.kind"), 2),
                new Column(texts.text("column.eventOrTrip"), 8),
                new Column(texts.text("column.place"), 3.5f)), rows, false));
    }

    private List<Count> byCountry(List<PeriodEvent> events, List<PeriodTrip> trips) {
        Map<String, int[]> counts = new HashMap<>();
        for (PeriodEvent e : events) {
            if (e.countryCode() != null) {
                counts.computeIfAbsent(e.countryCode(), k -> new int[2])[0]++;
            }
        }
        for (PeriodTrip t : trips) {
            Set<String> countries = new LinkedHashSet<>();
            t.legs().stream().map(TripLeg::countryCode).filter(Objects::nonNull).forEach(countries::add);
            countries.forEach(c -> counts.computeIfAbsent(c, k -> new int[2])[1]++);
        }
        return counts.entrySet().stream()
                .map(e -> new Count(names.country(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .toList();
    }

    /** How many events hold each of the ids {@code of} gives, named. */
    private static List<Count> counted(List<PeriodEvent> events, Function<PeriodEvent, List<UUID>> of,
                                       Function<UUID, String> name) {
        Map<UUID, Integer> counts = new HashMap<>();
        for (PeriodEvent e : events) {
            new LinkedHashSet<>(of.apply(e)).forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts.entrySet().stream()
                .map(e -> new Count(name.apply(e.getKey()), e.getValue(), 0))
                .filter(c -> !c.name().isEmpty())
                .toList();
    }

    private void countTable(String headingKey, String columnKey, boolean withTrips, List<Count> counts,
                            List<ReportBlock> blocks, List<List<String>> csv) {
        if (counts.isEmpty()) {
            return;
        }
        String section = texts.text(headingKey);
        List<Count> sorted = new ArrayList<>(counts);
        sorted.sort(Comparator.comparingInt(Count::total).reversed().thenComparing(Count::name, collator));
        List<Row> rows = new ArrayList<>();
        for (Count c : sorted) {
            String events = Integer.toString(c.events());
            String trips = withTrips ? Integer.toString(c.trips()) : "";
            rows.add(new Cells(withTrips ? List.of(c.name(), events, trips) : List.of(c.name(), events), 0));
            csv.add(List.of(section, "", "", "", c.name(), "", events, trips));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(texts.text(columnKey), 10));
        columns.add(new Column(texts.text("column.events"), 2));
        if (withTrips) {
            columns.add(new Column(texts.text("column.trips"), 2));
        }
        blocks.add(new ReportBlock.Heading(section));
        blocks.add(new ReportBlock.Table(columns, rows, false));
    }
}
