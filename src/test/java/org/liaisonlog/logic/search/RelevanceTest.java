package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaisonlog.logic.catalogue.Catalogue;

/**
 * The relevance set (src/test/resources/…/relevance.txt): each query must bring its expected
 * record among the first 10 hits of the record's kind, over the example catalogue and the small
 * synthetic one together.
 */
class RelevanceTest {

    @TempDir
    static Path folder;

    private static Catalogue catalogue;
    private static CatalogueSearch search;

    @BeforeAll
    static void build() throws InterruptedException {
        catalogue = SearchFixture.example(folder);
        new SyntheticCatalogue(catalogue);
        search = SearchFixture.built(catalogue);
    }

    @AfterAll
    static void close() {
        search.close();
        catalogue.close();
    }

    static Stream<Arguments> pairs() throws IOException {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("relevance.txt")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
            return lines.stream().map(l -> {
                String[] parts = l.split(" \\| ", 3);
                return Arguments.of(parts[0].strip(), RecordKind.valueOf(parts[1].strip()), parts[2].strip());
            }).toList().stream();
        }
    }

    @Test
    void theSetIsLargeEnough() throws IOException {
        assertThat(pairs().count()).isGreaterThanOrEqualTo(40);
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @MethodSource("pairs")
    void findsTheExpectedRecordAmongTheFirstTen(String query, RecordKind kind, String title) {
        SearchResults results = search.search(new SearchRequest(query, SearchFilters.NONE, 10));
        List<String> titles = results.group(kind).hits().stream().map(h -> h.title().text()).toList();
        assertThat(titles).as("the first %s hits for \"%s\"", kind, query).contains(title);
    }
}
