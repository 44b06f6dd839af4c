package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.persistence.Compaction;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.KeyDerivation;

/**
 * Closing the window compacts a catalogue whose file has grown well past what it holds (the
 * policy of decision 15, not a test's rule): after the close the file is small again and holds
 * everything; a catalogue that has not grown is only closed; an encrypted one keeps its password.
 */
class ClosingCompactionTest {

    private static final KeyDerivation.Parameters CHEAP = new KeyDerivation.Parameters(1024, 1, 1);
    private static final char[] PASSWORD = "closing time".toCharArray();

    @TempDir
    Path temp;

    private static H2Catalogue open(Path folder, boolean encrypted) {
        return encrypted ? H2Catalogue.open(folder, PASSWORD.clone(), CHEAP) : H2Catalogue.open(folder);
    }

    /** The example catalogue, closed once so that its compacted length is on record. */
    private Path example(boolean encrypted) {
        Path folder = temp.resolve(encrypted ? "encrypted" : "plain");
        try (H2Catalogue catalogue = open(folder, encrypted)) {
            FirstStart.prepare(catalogue);
            ExampleCatalogue.loadInto(catalogue);
        }
        return folder;
    }

    /** Saves an organisation's 2 MB notes {@code times} times: the file grows by about that each time. */
    private static void grow(Catalogue catalogue, int times) {
        Random random = new Random(11);
        Organisation organisation = catalogue.organisations().findAll().get(0);
        for (int i = 0; i < times; i++) {
            StringBuilder notes = new StringBuilder(2 << 20);
            while (notes.length() < 2 << 20) {
                notes.append((char) ('a' + random.nextInt(26)));
            }
            organisation = catalogue.organisations().update(new Organisation(organisation.stamp(), organisation.name(),
                    organisation.nameRu(), organisation.acronym(), organisation.otherNames(), organisation.kind(),
                    organisation.countryCode(), organisation.parentId(), notes.toString()));
        }
    }

    private static long fileLength(Path folder) throws Exception {
        return Files.size(folder.resolve("catalogue.mv.db"));
    }

    private void grownCatalogueIsCompactedOnClosing(boolean encrypted) throws Exception {
        Path folder = example(encrypted);
        H2Catalogue catalogue = open(folder, encrypted);
        int events = catalogue.events().count();
        int organisations = catalogue.organisations().findAll().size();
        grow(catalogue, 24);
        assertThat(ClosingCompaction.isDue(catalogue)).as("48 MB of saves over a small catalogue").isTrue();
        long grown = fileLength(folder);

        boolean compacted = ClosingCompaction.closeAndCompact(catalogue, catalogue::close, Compaction::isDue);

        assertThat(compacted).isTrue();
        assertThat(fileLength(folder)).isLessThan(grown / 4);
        assertThat(folder.resolve("catalogue.rewrite")).doesNotExist();
        assertThat(H2Catalogue.isEncrypted(folder)).isEqualTo(encrypted);
        try (H2Catalogue again = open(folder, encrypted)) {
            assertThat(again.events().count()).isEqualTo(events);
            assertThat(again.organisations().findAll()).hasSize(organisations);
            assertThat(ClosingCompaction.isDue(again)).isFalse();
        }
    }

    @Test
    void aGrownCatalogueIsCompactedRightAfterItIsClosed() throws Exception {
        grownCatalogueIsCompactedOnClosing(false);
    }

    @Test
    void aGrownEncryptedCatalogueIsCompactedWithoutAskingItsPasswordAndKeepsIt() throws Exception {
        grownCatalogueIsCompactedOnClosing(true);
    }

    @Test
    void aCatalogueThatHasNotGrownIsOnlyClosed() throws Exception {
        Path folder = example(false);
        H2Catalogue catalogue = open(folder, false);
        boolean[] closed = {false};

        boolean compacted = ClosingCompaction.closeAndCompact(catalogue, () -> {
            catalogue.close();
            closed[0] = true;
        }, Compaction::isDue);

        assertThat(compacted).isFalse();
        assertThat(closed[0]).isTrue();
        try (H2Catalogue again = open(folder, false)) {
            assertThat(again.events().count()).isPositive();
        }
    }
}
