package org.liaisonlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.CollationKey;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntSupplier;
import java.util.stream.Stream;
import org.liaisonlog.gui.event.EventRowViewModel;
import org.liaisonlog.gui.util.CollatedOrder;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.synthetic.SyntheticCatalogue;
import org.liaisonlog.logic.synthetic.SyntheticShape;
import org.liaisonlog.logic.synthetic.SyntheticSummary;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.JooqBulkWriter;

/**
 * How fast the events table fills, sorts, filters and opens on a large synthetic catalogue (see
 * {@link SyntheticCatalogue}, the proportions of {@link SyntheticShape#of}). Prints a table of figures; asserts nothing. Speed is measured
 * here, never by timing assertions in unit tests.
 *
 * <pre>
 * EventsTableBenchmark [--events 20000] [--years 25] [--runs 5] [--warmup 2] [--seed 42]
 * EventsTableBenchmark --catalogue DIR [--runs 5] [--warmup 2]
 * </pre>
 *
 * With {@code --catalogue} it measures an existing catalogue folder (one made by the generate
 * command, say) instead of building one; the folder is opened as the app opens it (migrated if
 * needed) and kept.
 *
 * The row view models need only javafx-base properties: no JavaFX toolkit is started.
 */
public final class EventsTableBenchmark {

    /** A per-comparison-Collator sort slower than this on all rows is measured on a slice instead. */
    private static final long SLOW_SORT_NANOS = 3_000_000_000L;
    private static final int SLICE = 2_000;
    /** The table's language: organiser, theme and country names in English, as the app shows them. */
    private static final String LANGUAGE = "en";
    /** As many lines as EventsViewModel shows first. */
    private static final int FIRST_LINES = 200;
    private static final List<String> FILTERS = List.of("sco", "tashkent 2019", "совещание шос");

    private final int runs;
    private final int warmup;
    /** Results fold into this, so that no measured work can be optimised away. */
    private long sink;

    private EventsTableBenchmark(int runs, int warmup) {
        this.runs = runs;
        this.warmup = warmup;
    }

    public static void main(String[] args) throws IOException {
        // Flyway and jOOQ find slf4j-api (a test dependency) without a provider: no warning about it.
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Path existing = null;
        List<String> rest = new ArrayList<>(List.of(args));
        int at = rest.indexOf("--catalogue");
        if (at >= 0 && at + 1 < rest.size()) {
            existing = Path.of(rest.get(at + 1));
            rest.remove(at + 1);
            rest.remove(at);
        }
        Options options = Options.parse(rest.toArray(String[]::new));
        if (options == null) {
            System.err.println(
                    "usage: EventsTableBenchmark [--catalogue DIR] [--events N] [--years N] [--runs N] [--warmup N] [--seed N]");
            System.exit(2);
            return;
        }
        if (existing != null) {
            // An existing catalogue (e.g. one made by the generate command) is measured as it is, and kept.
            new EventsTableBenchmark(options.runs(), options.warmup()).measure(existing, null, 0);
            return;
        }
        Path folder = Files.createTempDirectory("liaison-log-bench");
        try {
            new EventsTableBenchmark(options.runs(), options.warmup()).run(folder, options);
            System.out.printf("Catalogue file after closing: %.1f MB%n", fileSize(folder) / 1e6);
        } finally {
            BenchArgs.deleteTree(folder);
        }
    }

    private void run(Path folder, Options options) {
        long started = System.nanoTime();
        SyntheticSummary made;
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            made = SyntheticCatalogue.fill(catalogue, JooqBulkWriter.into(catalogue),
                    SyntheticShape.of(options.events()).withYears(options.years()).withSeed(options.seed()),
                    line -> System.out.println("  building: " + line));
        }
        JooqBulkWriter.compact(folder);
        double buildSeconds = (System.nanoTime() - started) / 1e9;
        printHeader(made, options, buildSeconds, fileSize(folder));
        measure(folder, made, buildSeconds);
    }

    /** Times the steps on the catalogue in this folder; {@code made} is null for an existing catalogue. */
    private void measure(Path folder, SyntheticSummary made, double buildSeconds) {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            List<EventSummary> summaries = catalogue.events().findAllSummaries(LANGUAGE);
            if (made == null) {
                printExistingHeader(folder, summaries);
            }

            CountryIndex countries = new CountryIndex(catalogue.countries().findAll());
            measure("(a) first screenful: findNewestSummaries(" + FIRST_LINES + ") + their rows", FIRST_LINES,
                    () -> rows(catalogue.events().findNewestSummaries(LANGUAGE, FIRST_LINES), countries).size());
            measure("(a) events().findAllSummaries(\"" + LANGUAGE + "\"), in the background", summaries.size(),
                    () -> catalogue.events().findAllSummaries(LANGUAGE).size());

            List<EventRowViewModel> rows = rows(summaries, countries);
            measure("(b) new EventRowViewModel × all (\"" + LANGUAGE + "\")", rows.size(),
                    () -> rows(summaries, countries).size());

            sorts(rows);

            for (String filter : FILTERS) {
                String[] words = Names.key(filter).split(" ");
                long hits = rows.stream().filter(r -> r.matches(words)).count();
                measure("(d) filter \"" + filter + "\" → " + hits + " rows", rows.size(),
                        () -> (int) rows.stream().filter(r -> r.matches(words)).count());
            }

            EventSummary largest = summaries.stream()
                    .max(Comparator.comparingInt(EventSummary::participants)).orElseThrow();
            UUID largestId = made == null ? largest.id() : made.largestEvent();
            int largestLines = made == null ? catalogue.events().findById(largestId).orElseThrow().attendance().size()
                    : made.largestEventLines();
            measure("(e) events().findById, " + largestLines + " attendance lines", 1,
                    () -> catalogue.events().findById(largestId).orElseThrow().attendance().size());
        }
        System.out.println("(checksum " + sink + ")");
    }

    private void printExistingHeader(Path folder, List<EventSummary> summaries) {
        long attended = summaries.stream().mapToLong(EventSummary::participants).sum();
        System.out.printf("Liaison Log — events table benchmark%n%n");
        System.out.printf("Catalogue: existing, %s: %d events, %d attended lines, file %.1f MB%n",
                folder, summaries.size(), attended, fileSize(folder) / 1e6);
        printMachine();
    }

    private static List<EventRowViewModel> rows(List<EventSummary> summaries, CountryIndex countries) {
        List<EventRowViewModel> rows = new ArrayList<>(summaries.size());
        for (EventSummary summary : summaries) {
            rows.add(new EventRowViewModel(summary, countries, LANGUAGE));
        }
        return rows;
    }

    /**
     * By title: one cached Collator, CollatedOrder (as EventsView does: a collation key per distinct text), against {@code Collator.getInstance()} per
     * comparison (as JavaFX's TableColumn.DEFAULT_COMPARATOR does).
     */
    private void sorts(List<EventRowViewModel> rows) {
        Collator cached = Collator.getInstance(Locale.ENGLISH);
        Comparator<String> perComparison = (a, b) -> Collator.getInstance().compare(a, b);
        measure("(c) sort by title, one cached Collator", rows.size(), () -> sortByTitle(rows, cached::compare));

        long started = System.nanoTime();
        sortByTitle(rows, perComparison);
        boolean slow = System.nanoTime() - started > SLOW_SORT_NANOS;
        List<EventRowViewModel> measured = slow ? rows.subList(0, Math.min(SLICE, rows.size())) : rows;
        if (slow) {
            System.out.printf("    (one per-comparison sort of all %d rows took %.1f s: measured on the first %d)%n",
                    rows.size(), (System.nanoTime() - started) / 1e9, measured.size());
            measure("(c) sort by title, one cached Collator", measured.size(),
                    () -> sortByTitle(measured, cached::compare));
        }
        measure("(c) sort by title, Collator.getInstance() per comparison", measured.size(),
                () -> sortByTitle(measured, perComparison));
        measure("(c) for comparison: CollationKey per row, then sort", rows.size(),
                () -> sortByCollationKey(rows, cached));
        measure("(c) sort by title, new CollatedOrder (the view's first sort)", rows.size(),
                () -> sortByTitle(rows, new CollatedOrder(Locale.ENGLISH)));
        CollatedOrder shared = new CollatedOrder(Locale.ENGLISH);
        measure("(c) CollatedOrder.prepare(titles, places, organisers, themes), in the background", rows.size(),
                () -> prepare(new CollatedOrder(Locale.ENGLISH), rows));
        CollatedOrder prepared = new CollatedOrder(Locale.ENGLISH);
        measure("(c) sort by title, first sort after prepare (as the view now does)", rows.size(),
                () -> {
                    prepare(prepared, rows);
                    return 0;
                }, () -> sortByTitle(rows, prepared));
        measure("(c) sort by title again, same CollatedOrder (keys cached)", rows.size(),
                () -> sortByTitle(rows, shared));
        measure("(c) sort by place, same CollatedOrder", rows.size(),
                () -> sortBy(rows, r -> r.placeProperty().get(), shared));
        measure("(c) sort by participants", rows.size(),
                () -> sortBy(rows, r -> r.participantsProperty().get(), Comparator.<Integer>naturalOrder()));
        measure("(c) sort by date", rows.size(),
                () -> sortBy(rows, r -> r.startDateProperty().get(), Comparator.<LocalDate>naturalOrder()));
    }

    /** What EventsView has prepared in the background by the time the user sorts. */
    private static int prepare(CollatedOrder order, List<EventRowViewModel> rows) {
        order.prepare(() -> rows.stream().map(EventRowViewModel::title).iterator());
        order.prepare(() -> rows.stream().map(EventRowViewModel::place).iterator());
        order.prepare(() -> rows.stream().map(EventRowViewModel::organisers).iterator());
        order.prepare(() -> rows.stream().map(EventRowViewModel::themes).iterator());
        return rows.size();
    }

    private static int sortByTitle(List<EventRowViewModel> rows, Comparator<String> byText) {
        List<EventRowViewModel> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(r -> r.titleProperty().get(), Comparator.nullsFirst(byText)));
        return sorted.get(0).titleProperty().get().length();
    }

    private static <T> int sortBy(List<EventRowViewModel> rows, Function<EventRowViewModel, T> value,
            Comparator<T> order) {
        List<EventRowViewModel> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing(value, Comparator.nullsFirst(order)));
        return sorted.get(0).titleProperty().get().length();
    }

    private static int sortByCollationKey(List<EventRowViewModel> rows, Collator collator) {
        record Keyed(CollationKey key, EventRowViewModel row) {
        }
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (EventRowViewModel row : rows) {
            keyed.add(new Keyed(collator.getCollationKey(row.titleProperty().get()), row));
        }
        keyed.sort(Comparator.comparing(Keyed::key));
        return keyed.get(0).row().titleProperty().get().length();
    }

    /** Runs the work {@code warmup} times unmeasured, then {@code runs} times; notes median and max. */
    private void measure(String what, int rows, IntSupplier work) {
        measure(what, rows, () -> 0, work);
    }

    /** As {@link #measure(String, int, IntSupplier)}, with unmeasured {@code setup} before each run (once). */
    private void measure(String what, int rows, IntSupplier setup, IntSupplier work) {
        sink += setup.getAsInt();
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
        System.out.println(String.format("%-62s %7d %11.2f %9.2f", what, rows, millis[runs / 2], millis[runs - 1]));
    }

    private void printHeader(SyntheticSummary made, Options options, double buildSeconds, long fileBytes) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Liaison Log — events table benchmark%n%n");
        System.out.printf("Catalogue: %d events over %d years (seed %d), %d attendance lines (%.1f an event; "
                        + "largest %d), %d organiser links, %d theme links, %d sources, %d people, "
                        + "%d Cyrillic titles;%n"
                        + "           built and compacted in %.1f s, file %.1f MB%n",
                made.events(), options.years(), options.seed(), made.attendance(),
                (double) made.attendance() / made.events(), made.largestEventLines(), made.organiserLinks(),
                made.themeLinks(), made.sources(), made.people(), made.cyrillicTitles(), buildSeconds,
                fileBytes / 1e6);
        printMachine();
    }

    private void printMachine() {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("Machine:   %d cores, Java %s (%s %s), %s %s, max heap %d MB, default locale %s%n",
                runtime.availableProcessors(), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                System.getProperty("java.vm.version"), System.getProperty("os.name"), System.getProperty("os.arch"),
                runtime.maxMemory() / (1024 * 1024), Locale.getDefault());
        System.out.printf("Method:    %d warm-up + %d measured runs of each step; wall time in ms%n%n", warmup, runs);
        System.out.println(String.format("%-62s %7s %11s %9s", "Step", "rows", "median ms", "max ms"));
        System.out.println("-".repeat(92));
    }

    private static long fileSize(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            return -1;
        }
    }


    private record Options(int events, int years, int runs, int warmup, long seed) {

        /** The options, or null when the arguments are not understood. */
        static Options parse(String[] args) {
            Map<String, Long> values = BenchArgs.parse(args,
                    Map.of("events", 20_000L, "years", 25L, "runs", 5L, "warmup", 2L, "seed", 42L));
            if (values == null) {
                return null;
            }
            Options options = new Options(BenchArgs.intValue(values, "events"),
                    BenchArgs.intValue(values, "years"),
                    BenchArgs.intValue(values, "runs"),
                    BenchArgs.intValue(values, "warmup"),
                    values.get("seed"));
            return options.events() > 0 && options.years() > 0 && options.runs() > 0
                    && options.warmup() >= 0 ? options : null;
        }
    }
}
