package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;

/** A catalogue file opened with a {@link FileKey} is AES-encrypted by H2 and opens only with that key. */
class EncryptedFileTest {

    private static final String DISTINCTIVE = "Zqxwvortnikov Conference on Precursors";

    @TempDir
    Path temp;

    @Test
    void theFileHoldsNoReadableTextAndOpensOnlyWithItsKey() throws IOException {
        Path folder = temp.resolve("secret");
        FileKey key = key((byte) 7);
        try (H2Catalogue catalogue = H2Catalogue.open(folder, key)) {
            catalogue.organisations().insert(Fixtures.organisation(DISTINCTIVE, "ZQX"));
        }
        byte[] file = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        assertThat(contains(file, DISTINCTIVE.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(contains(file, "ORGANISATION".getBytes(StandardCharsets.UTF_8))).isFalse();

        try (H2Catalogue catalogue = H2Catalogue.open(folder, key)) {
            assertThat(catalogue.fileKey()).isEqualTo(key);
            assertThat(catalogue.organisations().findAll()).anyMatch(o -> o.name().equals(DISTINCTIVE));
        }
        assertThatThrownBy(() -> H2Catalogue.open(folder)).isInstanceOf(CatalogueException.class);
        assertThatThrownBy(() -> H2Catalogue.open(folder, key((byte) 8))).isInstanceOf(CatalogueException.class);
        // the failed attempts changed nothing
        try (H2Catalogue catalogue = H2Catalogue.open(folder, key)) {
            assertThat(catalogue.organisations().findAll()).anyMatch(o -> o.name().equals(DISTINCTIVE));
        }
    }

    @Test
    void aPlainCatalogueHoldsItsTextInTheClear() throws IOException {
        // the contrast that shows the scan above can find text at all
        Path folder = temp.resolve("plain");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            catalogue.organisations().insert(Fixtures.organisation(DISTINCTIVE, "ZQX"));
        }
        byte[] file = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        assertThat(contains(file, DISTINCTIVE.getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    private static FileKey key(byte fill) {
        byte[] bytes = new byte[FileKey.LENGTH];
        Arrays.fill(bytes, fill);
        return FileKey.of(bytes);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
