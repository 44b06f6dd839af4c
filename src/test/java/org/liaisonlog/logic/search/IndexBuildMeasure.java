package org.liaisonlog.logic.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * Measures building the in-memory index of a catalogue and a few searches on it, for decision
 * 0011 (not a test: prints figures). {@code java … IndexBuildMeasure DIR}. The full search
 * benchmark is {@code bench search}.
 */
public final class IndexBuildMeasure {

    private IndexBuildMeasure() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        try (Catalogue catalogue = H2Catalogue.open(folder)) {
            Runtime runtime = Runtime.getRuntime();
            System.gc();
            long before = runtime.totalMemory() - runtime.freeMemory();
            long start = System.nanoTime();
            CatalogueSearch search = new CatalogueSearch(catalogue);
            search.startBuilding();
            search.awaitReady(Duration.ofMinutes(30));
            long built = System.nanoTime();
            System.gc();
            long after = runtime.totalMemory() - runtime.freeMemory();
            System.out.printf("state %s; built in %.1f s; heap held by the index about %d MB%n", search.state(),
                    (built - start) / 1e9, (after - before) / (1024 * 1024));
            String[][] kinds = {
                {"exact", "Tashkent", "conference", "drug", "border", "UNODC", "security", "Almaty", "cyber"},
                {"prefix", "Tash", "conf", "Bish", "secur", "narc", "Alm", "cyb", "Pust"},
                {"typo", "Tashkant", "conferense", "trafficing", "securty", "Bishkekk", "narcotiks", "Almaty", "terorism"},
                {"cross-script", "Ташкент", "Щербаков", "Пустовитов", "Бишкек", "Иванов", "Смирнов", "Алматы", "Душанбе"},
            };
            for (String[] kind : kinds) {
                List<Long> times = new ArrayList<>();
                for (int round = 0; round < 6; round++) {
                    for (int i = 1; i < kind.length; i++) {
                        long t = System.nanoTime();
                        search.search(SearchRequest.of(kind[i]));
                        if (round > 0) {
                            times.add((System.nanoTime() - t) / 1000);
                        }
                    }
                }
                Collections.sort(times);
                System.out.printf("%-13s p50 %5.1f ms  p95 %5.1f ms%n", kind[0], times.get(times.size() / 2) / 1000.0,
                        times.get((int) (times.size() * 0.95)) / 1000.0);
            }
            SearchResults any = search.search(SearchRequest.of("conference"));
            List<FacetValue> orgs = any.facet(Facet.ATTENDING_ORGANISATION);
            if (orgs.size() >= 2) {
                Set<UUID> pair = Set.of(UUID.fromString(orgs.get(0).key()), UUID.fromString(orgs.get(1).key()));
                List<Long> times = new ArrayList<>();
                for (int round = 0; round < 20; round++) {
                    long t = System.nanoTime();
                    SearchResults r = search.search(new SearchRequest("", SearchFilters.NONE.withTogether(pair), 20));
                    times.add((System.nanoTime() - t) / 1000);
                    if (round == 0) {
                        System.out.println("co-attendance finds " + r.group(RecordKind.EVENT).total() + " events");
                    }
                }
                Collections.sort(times);
                System.out.printf("%-13s p50 %5.1f ms  p95 %5.1f ms%n", "co-attendance", times.get(10) / 1000.0,
                        times.get(18) / 1000.0);
            }
            search.close();
        }
    }
}
