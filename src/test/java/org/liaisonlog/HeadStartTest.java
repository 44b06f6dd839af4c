package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.persistence.CheckedOpen;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.KeyDerivation;

/** The catalogue opened while the toolkit starts: the window's own opening, handed over once. */
class HeadStartTest {

    @TempDir
    Path folder;

    @Test
    void aPlainCatalogueIsOpenedAndHandedOverOnce() throws Exception {
        Path plain = folder.resolve("plain");
        try (H2Catalogue catalogue = H2Catalogue.open(plain)) {
            FirstStart.prepare(catalogue);
        }
        HeadStart.begin(new LaunchOptions(plain, false, "en"));

        assertThat(HeadStart.take(folder.resolve("other"))).isEmpty();
        Optional<CompletableFuture<Optional<CheckedOpen.Result>>> taken = HeadStart.take(plain.resolve("."));
        assertThat(taken).isPresent();
        Optional<CheckedOpen.Result> result = HeadStart.await(taken.get());
        assertThat(result).containsInstanceOf(CheckedOpen.Opened.class);
        try (H2Catalogue opened = ((CheckedOpen.Opened) result.get()).catalogue()) {
            assertThat(opened.folder()).isEqualTo(plain.toAbsolutePath().normalize());
            assertThat(FirstStart.needsChoice(opened)).isTrue(); // it reads
        }
        assertThat(HeadStart.take(plain)).as("handed over once").isEmpty();
    }

    @Test
    void anEncryptedCatalogueIsLeftForItsPassword() throws Exception {
        Path encrypted = folder.resolve("encrypted");
        H2Catalogue.open(encrypted, "a long password".toCharArray(), new KeyDerivation.Parameters(1024, 1, 1)).close();
        HeadStart.begin(new LaunchOptions(encrypted, false, null));

        Optional<CheckedOpen.Result> result = HeadStart.await(HeadStart.take(encrypted).orElseThrow());
        assertThat(result).isEmpty();
    }

    @Test
    void nothingIsBegunWithoutACatalogueToOpen() {
        Path none = folder.resolve("none");
        HeadStart.begin(new LaunchOptions(none, true, null));
        assertThat(HeadStart.take(none)).isEmpty();
        assertThat(none).doesNotExist(); // nothing created: a new catalogue waits for the window's questions
    }

    @Test
    void aDamagedCatalogueIsReportedAsTheWindowsOwnOpeningWouldReportIt() throws Exception {
        Path damaged = folder.resolve("damaged");
        H2Catalogue.open(damaged).close();
        Path file = damaged.resolve(ExistingCatalogue.CATALOGUE_FILE);
        java.nio.file.Files.write(file, new byte[(int) java.nio.file.Files.size(file)]); // zeros, same length
        HeadStart.begin(new LaunchOptions(damaged, false, null));

        Optional<CheckedOpen.Result> result = HeadStart.await(HeadStart.take(damaged).orElseThrow());
        assertThat(result).containsInstanceOf(CheckedOpen.Damaged.class);
    }
}
