package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.liaisonlog.gui.search.FilterKind;
import org.liaisonlog.gui.search.FilterOption;
import org.liaisonlog.gui.search.ResultTexts;
import org.liaisonlog.gui.search.SearchItem;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.benchmark.BenchQueries;
import org.liaisonlog.logic.benchmark.QueryKind;
import org.liaisonlog.logic.benchmark.SearchBenchmark;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.FacetValue;
import org.liaisonlog.logic.search.SearchHit;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.search.SearchResults;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.persistence.H2Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log bench search --catalogue DIR}: the search benchmark on a catalogue (best a
 * synthetic one made by {@code generate}). It lives in the program rather than among the tests
 * so that it runs where the program runs, from the jar, on the machine that matters; it only
 * reads the catalogue.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Benchmarks of the program on a catalogue; they print figures and change nothing.",
        subcommands = BenchCommand.Search.class)
final class BenchCommand implements Callable<Integer> {

    @ParentCommand
    Launcher launcher;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: search");
    }

    @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
            description = {"Times the search on a catalogue: the index build, then for each kind of query (exact"
                    + " word, prefix while typing, typo, cross-script, filtered, co-attendance; drawn from the"
                    + " catalogue's own names) the 50th and 95th percentile from the query to the lines the search"
                    + " screen shows, and of the same queries on the engine underneath alone."},
            footer = {"", "Example:", "  liaison-log generate --events 100000 --catalogue /tmp/synthetic",
                "  liaison-log bench search --catalogue /tmp/synthetic"})
    static final class Search implements Callable<Integer> {

        @ParentCommand
        BenchCommand bench;

        @Spec
        CommandSpec spec;

        @Option(names = "--catalogue", paramLabel = "DIR",
                description = "The folder of the catalogue (default: $LIAISON_LOG_HOME, else the user's data folder).")
        Path catalogue;

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
            Path folder = ExistingCatalogue.folder(catalogue, bench == null ? null : bench.launcher);
            try (H2Catalogue opened = ExistingCatalogue.open(folder,
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
                        + " CatalogueSearch.search + the search screen's lines; raw = CatalogueSearch.rawSearch: the same"
                        + " Lucene query and facet counts on the IndexSearcher alone (no change-history read, stored"
                        + " fields, marks, snippets, facet labels or screen lines)%n%n", queries, seed, warmup, rounds);
                out.flush();
                SearchBenchmark benchmark = new SearchBenchmark(search, new ScreenLines(new Messages(Locale.ENGLISH)),
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

    /**
     * The lines the search screen makes of results, made as {@code SearchViewModel} makes them
     * (group headings, hits with their dates in the interface language, the filters' values
     * with their labels), without the observable lists that need the JavaFX thread.
     */
    static final class ScreenLines implements SearchBenchmark.Display {

        private final Messages messages;

        ScreenLines(Messages messages) {
            this.messages = messages;
        }

        @Override
        public int lines(SearchResults results) {
            List<SearchItem> lines = new ArrayList<>();
            for (SearchResults.Group group : results.groups()) {
                String kind = messages.get(ResultTexts.kindKey(group.kind()));
                lines.add(new SearchItem.Heading(group.kind(), group.total() > group.hits().size()
                        ? messages.format("search.groupMore", kind, group.hits().size(), group.total())
                        : messages.format("search.group", kind, group.total())));
                for (SearchHit hit : group.hits()) {
                    lines.add(new SearchItem.Hit(hit.kind(), hit.id(), hit.title(), detail(hit), hit.snippet()));
                }
            }
            List<FilterOption> options = new ArrayList<>();
            for (FilterKind filter : FilterKind.values()) {
                for (FacetValue value : results.facet(filter.facet())) {
                    options.add(new FilterOption(filter, value.key(), label(filter, value), value.count(),
                            value.selected()));
                }
            }
            return lines.size() + options.size();
        }

        private String detail(SearchHit hit) {
            String detail = hit.detail();
            if (hit.start() == null) {
                return detail;
            }
            String dates = DateTexts.range(hit.start(), hit.end(), messages.locale());
            if (!detail.isEmpty() && Character.isDigit(detail.charAt(0))) {
                int dot = detail.indexOf(" · ");
                detail = dot < 0 ? "" : detail.substring(dot + 3);
            }
            return detail.isEmpty() ? dates : dates + " · " + detail;
        }

        private String label(FilterKind filter, FacetValue value) {
            try {
                return switch (filter) {
                    case EVENT_KIND -> messages.of(EventKind.valueOf(value.key()));
                    case CAPACITY -> messages.of(Capacity.valueOf(value.key()));
                    default -> value.label();
                };
            } catch (IllegalArgumentException e) {
                return value.label();
            }
        }
    }
}
