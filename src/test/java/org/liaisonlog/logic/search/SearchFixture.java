package org.liaisonlog.logic.search;

import java.nio.file.Path;
import java.time.Duration;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.persistence.H2Catalogue;

/** Opens catalogues for the search tests: the example one, and the small synthetic one. */
final class SearchFixture {

    private SearchFixture() {
    }

    /** A new catalogue with the reference data and the example loaded. */
    static Catalogue example(Path folder) {
        Catalogue catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        return catalogue;
    }

    /** A built search over the catalogue. */
    static CatalogueSearch built(Catalogue catalogue) throws InterruptedException {
        CatalogueSearch search = new CatalogueSearch(catalogue);
        search.startBuilding();
        if (!search.awaitReady(Duration.ofMinutes(2))) {
            throw new AssertionError("the index was not built: " + search.state());
        }
        return search;
    }
}
