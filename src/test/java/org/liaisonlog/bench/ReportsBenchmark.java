package org.liaisonlog.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.liaisonlog.logic.report.AttendanceOptions;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportDocument;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.logic.report.csv.CsvReportWriter;
import org.liaisonlog.logic.report.pdf.PdfReportWriter;
import org.liaisonlog.logic.synthetic.SyntheticCatalogue;
import org.liaisonlog.logic.synthetic.SyntheticShape;
import org.liaisonlog.logic.synthetic.SyntheticSummary;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.JooqBulkWriter;

/**
 * How fast the reports are made: the attendance report (list of participants) of an event with
 * 2 000 participants and the period summary over 5 000 events, each from the catalogue to the
 * bytes of the PDF (and the summary's CSV). Prints a table of figures; asserts nothing.
 *
 * <pre>
 * ReportsBenchmark [--events 5000] [--years 5] [--participants 2000] [--runs 7] [--warmup 3] [--seed 42]
 * </pre>
 *
 * The catalogue is {@link SyntheticCatalogue}'s (all its events fall in the summary's period) plus
 * one large conference whose every attendance line is a person of an organisation, as the list
 * of a big gathering would be.
 */
public final class ReportsBenchmark {

    /** The last year {@link SyntheticCatalogue} dates events in. */
    private static final int LAST_YEAR = 2024;
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final int runs;
    private final int warmup;
    private final PdfReportWriter pdf = new PdfReportWriter();
    private final CsvReportWriter csv = new CsvReportWriter();
    /** Results fold into this, so that no measured work can be optimised away. */
    private long sink;

    private ReportsBenchmark(int runs, int warmup) {
        this.runs = runs;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Options options = Options.parse(args);
        if (options == null) {
            System.err.println("usage: ReportsBenchmark [--events N] [--years N] [--participants N] [--runs N]"
                    + " [--warmup N] [--seed N]");
            System.exit(2);
            return;
        }
        Path folder = Files.createTempDirectory("liaison-log-reports-bench");
        try {
            new ReportsBenchmark(options.runs(), options.warmup()).run(folder, options);
        } finally {
            BenchArgs.deleteTree(folder);
        }
    }

    private void run(Path folder, Options options) {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            long started = System.nanoTime();
            SyntheticSummary made = SyntheticCatalogue.fill(catalogue, JooqBulkWriter.into(catalogue),
                    SyntheticShape.of(options.events()).withYears(options.years()).withSeed(options.seed()),
                    line -> { });
            UUID large = insertLargeEvent(catalogue, options.participants(), new Random(options.seed()));
            double buildSeconds = (System.nanoTime() - started) / 1e9;
            LocalDate from = LocalDate.of(LAST_YEAR - options.years() + 1, 1, 1);
            LocalDate to = LocalDate.of(LAST_YEAR, 12, 31);
            int inPeriod = catalogue.events().findInPeriod(from, to).size();
            printHeader(made, options, inPeriod, from, to, buildSeconds);

            ReportService reports = new ReportService(catalogue);
            AttendanceOptions english = AttendanceOptions.standard(Locale.ENGLISH);
            ReportDocument list = reports.attendance(large, english);
            measure("(a) attendance: ReportService.attendance (en)", rows(list),
                    () -> rows(reports.attendance(large, english)));
            measure("(b) attendance: PdfReportWriter, A4 " + describe(list), rows(list),
                    () -> pdf.toBytes(list, PaperSize.A4).length);
            measure("(c) attendance: both, from catalogue to PDF (en)", rows(list),
                    () -> pdf.toBytes(reports.attendance(large, english), PaperSize.A4).length);
            AttendanceOptions russian = AttendanceOptions.standard(RUSSIAN);
            measure("(c) attendance: both, from catalogue to PDF (ru)", rows(list),
                    () -> pdf.toBytes(reports.attendance(large, russian), PaperSize.A4).length);

            ReportDocument summary = reports.summary(from, to, Locale.ENGLISH);
            measure("(d) summary: ReportService.summary (en)", rows(summary),
                    () -> rows(reports.summary(from, to, Locale.ENGLISH)));
            measure("(e) summary: PdfReportWriter, A4 " + describe(summary), rows(summary),
                    () -> pdf.toBytes(summary, PaperSize.A4).length);
            measure("(f) summary: both, from catalogue to PDF (en)", rows(summary),
                    () -> pdf.toBytes(reports.summary(from, to, Locale.ENGLISH), PaperSize.A4).length);
            measure("(f) summary: both, from catalogue to PDF (ru)", rows(summary),
                    () -> pdf.toBytes(reports.summary(from, to, RUSSIAN), PaperSize.A4).length);
            measure("(g) summary: CsvReportWriter, " + summary.csv().rows().size() + " CSV rows",
                    summary.csv().rows().size(), () -> csvBytes(summary));
        }
        System.out.println("(checksum " + sink + ")");
    }

    /** One conference with {@code participants} people, each of an organisation, in realistic capacities. */
    private static UUID insertLargeEvent(H2Catalogue catalogue, int participants, Random random) {
        List<Organisation> organisations = catalogue.organisations().findAll();
        List<Person> people = new ArrayList<>(participants);
        catalogue.transactions().inTransaction(() -> {
            for (Person person : SyntheticCatalogue.morePeople(random.nextLong(), participants, organisations)) {
                people.add(catalogue.people().insert(person));
            }
        });
        List<Attendance> lines = new ArrayList<>(participants);
        Capacity[] capacities = {Capacity.MEMBER_STATE, Capacity.MEMBER_STATE, Capacity.MEMBER_STATE,
            Capacity.OBSERVER, Capacity.DIALOGUE_PARTNER, Capacity.INTERNATIONAL_ORGANISATION,
            Capacity.UN_ENTITY, Capacity.REGIONAL_STRUCTURE, Capacity.OTHER_ORGANISATION};
        for (Person person : people) {
            ParticipantRole role = random.nextDouble() < 0.1 ? ParticipantRole.HEAD_OF_DELEGATION
                    : random.nextDouble() < 0.5 ? null : pick(random, List.of(ParticipantRole.values()));
            lines.add(new Attendance(UUID.randomUUID(), person.organisationId(), person.id(), null,
                    capacities[random.nextInt(capacities.length)], person.countryCode(), role, person.position(),
                    random.nextDouble() < 0.95 ? AttendanceStatus.ATTENDED : AttendanceStatus.EXCUSED, null));
        }
        PartialDate start = PartialDate.ofDay(LocalDate.of(LAST_YEAR, 10, 31));
        Event event = new Event(RecordStamp.fresh(), EventKind.CONFERENCE,
                "International Conference on Countering Terrorism and Transnational Organised Crime", null, null,
                "Combating Terrorism – Cooperation without Borders",
                List.of(organisations.get(0).id(), organisations.get(1).id()), "Tashkent", "UZ", "Congress Hall",
                start, PartialDate.ofDay(LocalDate.of(LAST_YEAR, 11, 2)), null, null, List.of(), List.of(), lines);
        return catalogue.events().insert(event).id();
    }

    private int csvBytes(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            csv.write(report.csv(), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }

    /** The rows of the report's tables. */
    private static int rows(ReportDocument report) {
        return report.blocks().stream()
                .mapToInt(b -> b instanceof org.liaisonlog.logic.report.ReportBlock.Table t ? t.rows().size() : 0)
                .sum();
    }

    private String describe(ReportDocument report) {
        byte[] bytes = pdf.toBytes(report, PaperSize.A4);
        try (var document = org.apache.pdfbox.Loader.loadPDF(bytes)) {
            return String.format("(%d pages, %d KB)", document.getNumberOfPages(), bytes.length / 1024);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the work {@code warmup} times unmeasured, then {@code runs} times; notes median and max. */
    private void measure(String what, int rows, IntSupplier work) {
        for (int i = 0; i < warmup; i++) {
            sink += work.getAsInt();
        }
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            sink += work.getAsInt();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.println(String.format("%-66s %7d %11.1f %9.1f", what, rows, millis[runs / 2], millis[runs - 1]));
    }

    private void printHeader(SyntheticSummary made, Options options, int inPeriod, LocalDate from,
            LocalDate to, double buildSeconds) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Liaison Log — reports benchmark%n%n");
        System.out.printf("Catalogue: %d synthetic events over %d years (seed %d), %d attendance lines, plus one "
                        + "conference of %d participants; built in %.1f s%n",
                made.events(), options.years(), options.seed(), made.attendance(), options.participants(),
                buildSeconds);
        System.out.printf("Summary:   %s to %s, %d events in the period%n", from, to, inPeriod);
        System.out.printf("Machine:   %d cores, Java %s (%s), %s %s, max heap %d MB%n",
                runtime.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("os.name"), System.getProperty("os.arch"), runtime.maxMemory() / (1024 * 1024));
        System.out.printf("Method:    %d warm-up + %d measured runs of each step; wall time in ms%n%n", warmup, runs);
        System.out.println(String.format("%-66s %7s %11s %9s", "Step", "rows", "median ms", "max ms"));
        System.out.println("-".repeat(96));
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }


    private record Options(int events, int years, int participants, int runs, int warmup, long seed) {

        /** The options, or null when the arguments are not understood. */
        static Options parse(String[] args) {
            Map<String, Long> values = BenchArgs.parse(args,
                    Map.of("events", 5_000L, "years", 5L, "participants", 2_000L, "runs", 7L, "warmup", 3L, "seed", 42L));
            if (values == null) {
                return null;
            }
            Options options = new Options(BenchArgs.intValue(values, "events"),
                    BenchArgs.intValue(values, "years"),
                    BenchArgs.intValue(values, "participants"),
                    BenchArgs.intValue(values, "runs"),
                    BenchArgs.intValue(values, "warmup"),
                    values.get("seed"));
            return options.events() > 0 && options.years() > 0 && options.participants() > 0 && options.runs() > 0
                    && options.warmup() >= 0 ? options : null;
        }
    }
}
