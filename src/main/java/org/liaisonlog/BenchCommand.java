package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaisonlog.gui.search.ScreenLines;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.benchmark.BenchQueries;
import org.liaisonlog.logic.benchmark.QueryKind;
import org.liaisonlog.logic.benchmark.SearchBenchmark;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.persistence.H2Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log bench search --catalogue DIR}: the search benchmark on a catalogue (best a
 * synthetic one made by {@code generate}). It lives in the program rather than among the tests
 * so that it runs where the program runs, from the jar, on the machine that matters; it only
 * reads the catalogue.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Benchmarks of the program on a catalogue; they print figures and change nothing.",
        subcommands = {BenchCommand.Search.class, BenchKdfCommand.class})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: search or kdf");
    }

    @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
            description = {"Times the search on a catalogue: the index build, then for each kind of query (exact"
                    + " word, prefix while typing, typo, cross-script, filtered, co-attendance; drawn from the"
                    + " catalogue's own names) the 50th and 95th percentile from the query to the lines the search"
                    + " screen shows, and of the same queries on the engine underneath alone."},
            footer = {"", "Example:", "  liaison-log generate --events 100000 --catalogue /tmp/synthetic",
                "  liaison-log bench search --catalogue /tmp/synthetic"})
    static final class Search implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        CatalogueOption catalogue;

        @Option(names = "--queries", paramLabel = "N", defaultValue = "50",
                description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
                description = "Measured rounds over all queries (default: ${DEFAULT-VALUE}).")
        int rounds;

        @Option(names = "--warmup", paramLabel = "N", defaultValue = "2",
                description = "Unmeasured rounds first (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
                description = "Which queries are drawn (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws InterruptedException {
            if (queries < 1 || rounds < 1 || warmup < 0) {
                throw new ParameterException(spec.commandLine(), "--queries and --rounds must be at least 1");
            }
            Logging.quiet();
            PrintWriter out = spec.commandLine().getOut();
            Path folder = catalogue.folder();
            try (H2Catalogue opened = catalogue.open(folder,
                    "make one with: liaison-log generate --events 100000 --catalogue " + folder);
                 CatalogueSearch search = new CatalogueSearch(opened)) {
                int events = opened.events().count();
                out.printf("Liaison Log — search benchmark on %s%n", folder);
                out.printf("Catalogue: %,d events, %,d people, %,d organisations, %,d themes, %,d trips%n", events,
                        opened.people().count(), opened.organisations().count(), opened.themes().count(),
                        opened.trips().count());
                Runtime runtime = Runtime.getRuntime();
                out.printf("Machine:   %d cores, Java %s, max heap %d MB%n", runtime.availableProcessors(),
                        System.getProperty("java.version"), runtime.maxMemory() / (1024 * 1024));
                out.flush();
                double build = SearchBenchmark.buildIndex(search, Duration.ofMinutes(30));
                out.printf("Index build (in the background thread, from start to ready): %.1f s (target ≤ 60 s)%n",
                        build);
                out.printf("Heap used after the build (after a full GC; the catalogue's caches included): %d MB%n",
                        usedHeapMegabytes());
                Map<QueryKind, List<SearchRequest>> drawn = BenchQueries.draw(opened, queries, seed);
                SearchBenchmark.Raw raw = search::rawSearch;
                out.printf("Method:    %d queries of each kind (seed %d), %d warm-up + %d measured rounds; end to end ="
                        + " CatalogueSearch.search + the search screen's lines, with the marks and snippets of the first"
                        + " %d lines (the most the results list shows at once at 1280×800; lines further down are marked"
                        + " when first drawn); raw = CatalogueSearch.rawSearch: the same Lucene query and facet counts on the"
                        + " IndexSearcher alone, with the stored document of each hit (no change-history read, marks,"
                        + " snippets, facet labels or screen lines)%n%n", queries, seed, warmup, rounds,
                        ScreenLines.FIRST_SCREEN);
                out.flush();
                SearchBenchmark benchmark = new SearchBenchmark(search, new ScreenLines(new Messages(Locale.ENGLISH),
                        new EventService(opened).editingData())::make,
                        raw);
                SearchBenchmark.print(benchmark.run(drawn, warmup, rounds), out);
                out.printf("%n(checksum %d)%n", benchmark.checksum());
            }
            return 0;
        }

        private static long usedHeapMegabytes() {
            Runtime runtime = Runtime.getRuntime();
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            return (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
        }
    }
}
