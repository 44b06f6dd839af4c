package org.liaisonlog.logic.catalogue;

import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.reference.ReferenceData;

/**
 * What happens when a catalogue is opened: reference data goes into a new catalogue, and a
 * first start on an empty catalogue asks whether to start empty or load the example.
 */
public final class FirstStart {

    private FirstStart() {
    }

    /** Loads the shipped reference data if the catalogue does not have it yet. */
    public static void prepare(Catalogue catalogue) {
        if (!ReferenceData.isLoaded(catalogue)) {
            ReferenceData.loadInto(catalogue);
        }
    }

    /** True when the user has not yet chosen between an empty catalogue and the example. */
    public static boolean needsChoice(Catalogue catalogue) {
        return catalogue.settings().get(CatalogueSettings.FIRST_START_DONE).isEmpty()
                && catalogue.events().count() == 0;
    }

    public static void startEmpty(Catalogue catalogue) {
        catalogue.settings().put(CatalogueSettings.FIRST_START_DONE, "empty");
    }

    public static void loadExample(Catalogue catalogue) {
        ExampleCatalogue.loadInto(catalogue);
    }
}
