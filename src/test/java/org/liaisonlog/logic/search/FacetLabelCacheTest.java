package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;

/**
 * The filters' values are labelled once per index reader: a search makes no label made before on
 * the same reader, and a change to the index (a record renamed) makes them anew. The best values
 * are chosen as a sort would choose them.
 */
class FacetLabelCacheTest {

    @TempDir
    Path folder;

    @Test
    void aLabelIsMadeOncePerReaderAndAnewWhenTheIndexChanges() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (String organiser : List.of("b", "a", "c", "a")) {
                Document doc = new Document();
                doc.add(new SortedSetDocValuesField(Documents.F_ORGANISER, new BytesRef(organiser)));
                writer.addDocument(doc);
            }
            writer.commit();
            FacetCounter counter = new FacetCounter();
            AtomicInteger made = new AtomicInteger();
            Function<String, String> labeller = value -> {
                made.incrementAndGet();
                return "Organisation " + value.toUpperCase(java.util.Locale.ROOT);
            };
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                for (int search = 0; search < 3; search++) {
                    FacetCounter.Counts counts = counter.count(reader, all(reader.maxDoc()), List.of(Facet.ORGANISER));
                    assertThat(counts.of(Facet.ORGANISER)).containsExactly(2, 1, 1); // a, b, c
                    assertThat(counts.label(Facet.ORGANISER, 0, labeller)).isEqualTo("Organisation A");
                    assertThat(counts.label(Facet.ORGANISER, 2, labeller)).isEqualTo("Organisation C");
                }
                assertThat(made).hasValue(2);

                // the index changes (a document added): a new reader, and labels made anew
                Document doc = new Document();
                doc.add(new SortedSetDocValuesField(Documents.F_ORGANISER, new BytesRef("a")));
                writer.addDocument(doc);
                writer.commit();
                try (DirectoryReader changed = DirectoryReader.openIfChanged(reader)) {
                    FacetCounter.Counts counts = counter.count(changed, all(changed.maxDoc()), List.of(Facet.ORGANISER));
                    assertThat(counts.of(Facet.ORGANISER)).containsExactly(3, 1, 1);
                    assertThat(counts.label(Facet.ORGANISER, 0, value -> "Renamed " + value)).isEqualTo("Renamed a");
                }
            }
        }
    }

    @Test
    void aRenamedOrganisationIsLabelledAnewInTheFilters() throws Exception {
        try (Catalogue catalogue = SearchFixture.example(folder)) {
            SyntheticCatalogue data = new SyntheticCatalogue(catalogue);
            new EventService(catalogue).save(new Event(RecordStamp.fresh(), EventKind.SUMMIT, "Zanzibar summit",
                    null, null, null, List.of(data.borderGuards.id()), "Stone Town", "TZ", null,
                    PartialDate.ofDay(LocalDate.of(2023, 4, 2)), null, null, null, List.of(), List.of(), List.of()),
                    List.of(), List.of());
            try (CatalogueSearch search = SearchFixture.built(catalogue)) {
                String key = data.borderGuards.id().toString();
                assertThat(organisers(search, key)).containsExactly(
                        "State Border Guard Service of the Kyrgyz Republic (SBGS)");
                assertThat(organisers(search, key)).containsExactly(
                        "State Border Guard Service of the Kyrgyz Republic (SBGS)");

                Organisation guards = catalogue.organisations().findById(data.borderGuards.id()).orElseThrow();
                new OrganisationService(catalogue).save(new Organisation(guards.stamp(), "Frontier Corps of Kyrgyzstan",
                        guards.nameRu(), guards.acronym(), guards.otherNames(), guards.kind(), guards.countryCode(),
                        null, null));
                assertThat(organisers(search, key)).containsExactly("Frontier Corps of Kyrgyzstan (SBGS)");
            }
        }
    }

    @Test
    void theBestValuesAreThoseASortWouldChoose() {
        Random random = new Random(11);
        for (int round = 0; round < 300; round++) {
            // from dense to sparse: most blocks of counts all 0, as for a search that finds a few events
            int[] counts = new int[random.nextInt(1500)];
            int oneIn = 1 + random.nextInt(round % 3 == 0 ? 4 : 400);
            for (int i = 0; i < counts.length; i++) {
                counts[i] = random.nextInt(oneIn) == 0 ? random.nextInt(6) : 0;
            }
            int wanted = 1 + random.nextInt(60);
            for (boolean years : new boolean[] {false, true}) {
                List<int[]> withCounts = new ArrayList<>();
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        withCounts.add(new int[] {ord, counts[ord]});
                    }
                }
                Comparator<int[]> best = years ? Comparator.comparingInt((int[] e) -> -e[0])
                        : Comparator.<int[]>comparingInt(e -> -e[1]).thenComparingInt(e -> e[0]);
                withCounts.sort(best);
                List<Integer> expected = withCounts.stream().limit(wanted).map(e -> e[0]).toList();

                List<Integer> chosen = new ArrayList<>();
                for (long rank : FacetLabels.best(counts, wanted, years)) {
                    chosen.add(years ? (int) rank : Integer.MAX_VALUE - (int) (rank & Integer.MAX_VALUE));
                }
                assertThat(chosen).isEqualTo(expected);
            }
        }
    }

    private static List<String> organisers(CatalogueSearch search, String key) {
        return search.search(SearchRequest.of("Zanzibar")).facet(Facet.ORGANISER).stream()
                .filter(v -> v.key().equals(key)).map(FacetValue::label).toList();
    }

    private static FixedBitSet all(int maxDoc) {
        FixedBitSet bits = new FixedBitSet(maxDoc);
        bits.set(0, maxDoc);
        return bits;
    }
}
