package org.liaisonlog.logic.benchmark;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.search.SearchResults;

/**
 * Times the search: how long the index takes to build, then, for each kind of query, the 50th
 * and 95th percentile of the time from the query to the lines the search screen shows (end to
 * end) and of the same query run on the engine underneath alone (raw), and their ratio: what our
 * layers cost. Prints a table; asserts nothing.
 */
public final class SearchBenchmark {

    /** What the screen makes of results: the lines it shows. Returns how many it made. */
    @FunctionalInterface
    public interface Display {
        int lines(SearchResults results);
    }

    /** The same query on the engine underneath alone; returns the hits it collected. */
    @FunctionalInterface
    public interface Raw {
        int hits(SearchRequest request);
    }

    /** The figures of one kind of query, in ms; raw ones are NaN when not measured. */
    public record Row(QueryKind kind, int queries, int samples, double p50, double p95, double rawP50, double rawP95,
            double meanHits) {

        public double ratioP95() {
            return p95 / rawP95;
        }
    }

    private final CatalogueSearch search;
    private final Display display;
    private final Raw raw;
    /** Results fold into this, so that no measured work can be optimised away. */
    private long sink;

    /** @param raw null when the engine underneath cannot be reached on its own */
    public SearchBenchmark(CatalogueSearch search, Display display, Raw raw) {
        this.search = search;
        this.display = display;
        this.raw = raw;
    }

    /** Starts building the index and waits for it; returns the seconds it took. */
    public static double buildIndex(CatalogueSearch search, Duration timeout) throws InterruptedException {
        long started = System.nanoTime();
        search.startBuilding();
        if (!search.awaitReady(timeout) || !search.state().isReady()) {
            throw new IllegalStateException("The search index was not ready after " + timeout.toSeconds()
                    + " s (" + search.state() + ")");
        }
        return (System.nanoTime() - started) / 1e9;
    }

    /** Runs every query {@code warmup} rounds unmeasured, then {@code rounds} rounds measured. */
    public List<Row> run(Map<QueryKind, List<SearchRequest>> queries, int warmup, int rounds) {
        for (int i = 0; i < warmup; i++) {
            queries.values().forEach(list -> list.forEach(this::once));
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<QueryKind, List<SearchRequest>> entry : queries.entrySet()) {
            List<SearchRequest> list = entry.getValue();
            double[] endToEnd = new double[list.size() * rounds];
            double[] alone = new double[list.size() * rounds];
            long hits = 0;
            int n = 0;
            for (int round = 0; round < rounds; round++) {
                for (SearchRequest request : list) {
                    long started = System.nanoTime();
                    SearchResults results = search.search(request);
                    sink += display.lines(results);
                    endToEnd[n] = (System.nanoTime() - started) / 1e6;
                    hits += results.hits().size();
                    if (raw != null) {
                        started = System.nanoTime();
                        sink += raw.hits(request);
                        alone[n] = (System.nanoTime() - started) / 1e6;
                    }
                    n++;
                }
            }
            rows.add(new Row(entry.getKey(), list.size(), n, percentile(endToEnd, 50), percentile(endToEnd, 95),
                    raw == null ? Double.NaN : percentile(alone, 50), raw == null ? Double.NaN : percentile(alone, 95),
                    (double) hits / n));
        }
        return rows;
    }

    private void once(SearchRequest request) {
        sink += display.lines(search.search(request));
        if (raw != null) {
            sink += raw.hits(request);
        }
    }

    /** The table of figures, one line a kind of query. */
    public static void print(List<Row> rows, PrintWriter out) {
        out.println(String.format("%-20s %7s %7s %9s %9s %9s %9s %9s %9s %10s", "query kind", "queries", "samples",
                "p50 ms", "p95 ms", "raw p50", "raw p95", "p95 ×raw", "hits", "target p95"));
        out.println("-".repeat(106));
        for (Row row : rows) {
            out.println(String.format("%-20s %7d %7d %9.1f %9.1f %9s %9s %9s %9.1f %10s", row.kind().label(),
                    row.queries(), row.samples(), row.p50(), row.p95(), millis(row.rawP50()), millis(row.rawP95()),
                    Double.isNaN(row.rawP95()) ? "n/a" : String.format("%.2f", row.ratioP95()), row.meanHits(),
                    row.kind().targetP95Millis() == 0 ? "-" : "≤ " + row.kind().targetP95Millis() + " ms"));
        }
        out.flush();
    }

    /** The checksum of the results, printed so the work is not optimised away. */
    public long checksum() {
        return sink;
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format("%.1f", value);
    }

    /** The nearest-rank percentile. */
    static double percentile(double[] values, int percent) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
