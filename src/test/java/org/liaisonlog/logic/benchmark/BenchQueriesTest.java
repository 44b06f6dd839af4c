package org.liaisonlog.logic.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.logic.search.SearchRequest;
import org.liaisonlog.logic.synthetic.SyntheticCatalogue;
import org.liaisonlog.logic.synthetic.SyntheticShape;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.JooqBulkWriter;

/**
 * The benchmark's queries are drawn from the catalogue's own names, the same ones for the same seed; the raw
 * engine runs the same queries.
 */
class BenchQueriesTest {

    @TempDir
    static Path temp;

    private static H2Catalogue catalogue;

    @BeforeAll
    static void generate() {
        catalogue = H2Catalogue.open(temp.resolve("synthetic"));
        SyntheticCatalogue.fill(catalogue, JooqBulkWriter.into(catalogue), SyntheticShape.of(300), line -> { });
    }

    @AfterAll
    static void close() {
        catalogue.close();
    }

    @Test
    void fiftyQueriesOfEachKindTheSameForTheSameSeed() {
        Map<QueryKind, List<SearchRequest>> first = BenchQueries.draw(catalogue, 50, 3);
        Map<QueryKind, List<SearchRequest>> again = BenchQueries.draw(catalogue, 50, 3);

        assertThat(first).containsOnlyKeys(QueryKind.values());
        assertThat(first.values()).allSatisfy(list -> assertThat(list).hasSize(50));
        assertThat(again).isEqualTo(first);
        assertThat(BenchQueries.draw(catalogue, 50, 4)).isNotEqualTo(first);
    }

    @Test
    void theRawEngineRunsTheSameQueriesAndTheTableShowsItsFigures() throws InterruptedException {
        Map<QueryKind, List<SearchRequest>> queries = BenchQueries.draw(catalogue, 10, 3);
        try (CatalogueSearch search = new CatalogueSearch(catalogue)) {
            SearchBenchmark.buildIndex(search, Duration.ofMinutes(2));
            // the engine alone collects exactly the hits the search returns, for every kind of query
            for (List<SearchRequest> list : queries.values()) {
                for (SearchRequest request : list) {
                    assertThat(search.rawSearch(request)).as(request.text())
                            .isEqualTo(search.search(request).hits().size());
                }
            }
            assertThat(queries.get(QueryKind.EXACT).stream().mapToInt(search::rawSearch).sum()).isPositive();

            SearchBenchmark benchmark = new SearchBenchmark(search, results -> results.hits().size(),
                    search::rawSearch);
            List<SearchBenchmark.Row> rows = benchmark.run(queries, 0, 1);
            assertThat(rows).extracting(SearchBenchmark.Row::kind).containsExactly(QueryKind.values());
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.samples()).isEqualTo(10);
                assertThat(row.rawP50()).isNotNaN().isLessThanOrEqualTo(row.rawP95());
                assertThat(row.ratioP95()).isNotNaN().isPositive();
            });
            StringWriter table = new StringWriter();
            SearchBenchmark.print(rows, new PrintWriter(table));
            assertThat(table.toString()).contains("raw p95").doesNotContain("n/a");
        }
    }

    @Test
    void eachKindAsksWhatItsNameSays() {
        Map<QueryKind, List<SearchRequest>> queries = BenchQueries.draw(catalogue, 50, 3);

        assertThat(queries.get(QueryKind.EXACT)).allMatch(q -> !q.text().isBlank() && q.filters().isEmpty());
        assertThat(queries.get(QueryKind.PREFIX)).allMatch(q -> lastWord(q).length() <= 5);
        assertThat(queries.get(QueryKind.TYPO)).allMatch(q -> q.text().length() >= 5 && !q.text().contains(" "));
        assertThat(queries.get(QueryKind.CROSS_SCRIPT)).anyMatch(q -> q.text().matches(".*\\p{IsCyrillic}.*"))
                .anyMatch(q -> q.text().matches("[A-Za-z'-]+"));
        assertThat(queries.get(QueryKind.FILTERED))
                .allMatch(q -> q.filters().from() != null && q.filters().to() != null)
                .allMatch(q -> !q.filters().eventKinds().isEmpty() || !q.filters().countries().isEmpty());
        assertThat(queries.get(QueryKind.CO_ATTENDANCE))
                .allMatch(q -> q.text().isEmpty() && q.filters().together().size() == 2);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] values = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};

        assertThat(SearchBenchmark.percentile(values, 50)).isEqualTo(5);
        assertThat(SearchBenchmark.percentile(values, 95)).isEqualTo(10);
        assertThat(SearchBenchmark.percentile(new double[] {42}, 95)).isEqualTo(42);
    }

    private static String lastWord(SearchRequest q) {
        String[] words = q.text().split(" ");
        return words[words.length - 1];
    }
}
