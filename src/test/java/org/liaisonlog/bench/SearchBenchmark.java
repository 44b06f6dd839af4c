package org.liaisonlog.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.liaisonlog.Launcher;
import org.liaisonlog.logic.synthetic.SyntheticCatalogue;
import org.liaisonlog.logic.synthetic.SyntheticShape;
import org.liaisonlog.logic.synthetic.SyntheticSummary;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.JooqBulkWriter;
import picocli.CommandLine;

/**
 * The search benchmark from the test tree, on a synthetic catalogue it builds in a temporary
 * folder (and removes afterwards): the same figures as {@code liaison-log bench search}, which
 * does the measuring (see {@code org.liaisonlog.logic.benchmark.SearchBenchmark}). Prints a table;
 * asserts nothing.
 *
 * <pre>
 * SearchBenchmark [--events 100000] [--years 25] [--seed 42] [--queries 50] [--rounds 3] [--warmup 2]
 * </pre>
 */
public final class SearchBenchmark {

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        Map<String, Long> options = BenchArgs.parse(args, Map.of("events", 100_000L, "years", 25L, "seed", 42L,
                "queries", 50L, "rounds", 3L, "warmup", 2L));
        if (options == null || options.get("events") < 1) {
            System.err.println("usage: SearchBenchmark [--events N] [--years N] [--seed N] [--queries N] [--rounds N]"
                    + " [--warmup N]");
            System.exit(2);
            return;
        }
        Path folder = Files.createTempDirectory("liaison-log-search-bench");
        try {
            SyntheticShape shape = SyntheticShape.of(BenchArgs.intValue(options, "events"))
                    .withYears(BenchArgs.intValue(options, "years")).withSeed(options.get("seed"));
            SyntheticSummary made;
            try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
                made = SyntheticCatalogue.fill(catalogue, JooqBulkWriter.into(catalogue), shape,
                        line -> System.out.println("  building: " + line));
            }
            JooqBulkWriter.compact(folder);
            System.out.printf("Built %,d events with %,d attendance lines in %.1f s%n%n", made.events(),
                    made.attendance(), made.seconds());
            int status = new CommandLine(new Launcher()).execute("bench", "search", "--catalogue", folder.toString(),
                    "--queries", String.valueOf(options.get("queries")), "--rounds",
                    String.valueOf(options.get("rounds")), "--warmup", String.valueOf(options.get("warmup")));
            if (status != 0) {
                System.exit(status);
            }
        } finally {
            BenchArgs.deleteTree(folder);
        }
    }
}
