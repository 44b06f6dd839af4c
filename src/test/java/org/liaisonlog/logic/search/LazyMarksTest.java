package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.Catalogue;

/**
 * A hit's title and snippet are marked when first asked for, not by the search, and the marks
 * made late (in any order, on several threads at once) are the ones made at once.
 */
class LazyMarksTest {

    private static final List<String> QUERIES = List.of("Щербаков", "Tash", "heroine routs", "Пустовитов",
            "border security", "Ташкент", "drug", "UNODC", "\"illicit drug\"", "meeting -cyber", "Kirghizia",
            "Shcherbakov OR Pustovitov", "money laundering");

    @TempDir
    Path folder;

    private Catalogue catalogue;

    @BeforeEach
    void open() {
        catalogue = SearchFixture.example(folder);
        new SyntheticCatalogue(catalogue); // the people and events of the engine's tests, in both scripts
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void marksAreMadeWhenAskedForAndAreTheSameAsMadeAtOnce() throws Exception {
        try (CatalogueSearch search = SearchFixture.built(catalogue)) {
            int hits = 0;
            for (String query : QUERIES) {
                // marked at once, in the order shown, on this thread
                List<Marked[]> atOnce = new ArrayList<>();
                for (SearchHit hit : search.search(SearchRequest.of(query)).hits()) {
                    atOnce.add(new Marked[] {hit.title(), hit.snippet()});
                }
                // the same search again: nothing marked until asked, then asked last hit first, on four threads
                List<SearchHit> later = search.search(SearchRequest.of(query)).hits();
                assertThat(later).as(query).hasSameSizeAs(atOnce)
                        .allSatisfy(hit -> assertThat(hit.texts().isMarked()).isFalse());
                ExecutorService threads = Executors.newFixedThreadPool(4);
                try {
                    List<Future<Marked[]>> asked = new ArrayList<>();
                    for (int i = later.size() - 1; i >= 0; i--) {
                        SearchHit hit = later.get(i);
                        asked.add(threads.submit(() -> new Marked[] {hit.snippet(), hit.title()}));
                    }
                    for (int i = 0; i < later.size(); i++) {
                        Marked[] made = asked.get(later.size() - 1 - i).get(30, TimeUnit.SECONDS);
                        assertThat(made[1]).as(query + " title " + i).isEqualTo(atOnce.get(i)[0]);
                        assertThat(made[0]).as(query + " snippet " + i).isEqualTo(atOnce.get(i)[1]);
                        assertThat(later.get(i).texts().isMarked()).isTrue();
                    }
                } finally {
                    threads.shutdownNow();
                }
                hits += later.size();
            }
            assertThat(hits).isGreaterThan(40);
            // the marks themselves are right (not just the same twice)
            SearchHit heroin = search.search(SearchRequest.of("heroine routs")).group(RecordKind.EVENT).hits().get(0);
            assertThat(marked(heroin.snippet())).containsExactly("Heroin", "routes");
        }
    }

    private static List<String> marked(Marked marked) {
        return marked.marks().stream().map(r -> marked.text().substring(r.start(), r.end())).toList();
    }
}
