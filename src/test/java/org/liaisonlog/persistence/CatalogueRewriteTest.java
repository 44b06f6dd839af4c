package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaisonlog.persistence.CatalogueFiles.contents;
import static org.liaisonlog.persistence.CatalogueFiles.header;
import static org.liaisonlog.persistence.CatalogueFiles.onlyTheCatalogueIsLeft;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/** Encrypting, decrypting and changing the password of a closed catalogue by rewriting it safely. */
class CatalogueRewriteTest {

    private static final KeyDerivation.Parameters CHEAP = KeyDerivationTest.CHEAP;
    private static final String DISTINCTIVE = "Quorbazhenko Subregional Meeting on Heroin Routes";
    private static final String ENCRYPTED_HEADER = "H2encrypt";

    @TempDir
    Path temp;

    @AfterEach
    void noMoreCrashes() {
        CatalogueRewrite.afterStep = step -> { };
    }

    /** A plain catalogue holding the fixtures, an event with a distinctive name, and a change history. */
    private Path plainCatalogue() {
        Path folder = temp.resolve("catalogue");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            Fixtures fixtures = Fixtures.seed(catalogue);
            catalogue.events().insert(fixtures.conference());
            catalogue.events().insert(Fixtures.yearOnly(DISTINCTIVE, 2019, "Dushanbe"));
            catalogue.organisations().insert(Fixtures.organisation("Quorbazhenko Institute", "QI"));
        }
        return folder;
    }

    @Test
    void encryptingAndDecryptingKeepEveryRowAndHideTheTextInBetween() throws Exception {
        Path folder = plainCatalogue();
        Map<String, List<String>> before = contents(folder, null);
        assertThat(databaseHolds(folder, DISTINCTIVE)).isTrue();

        CatalogueRewrite.Result encrypted = CatalogueRewrite.encrypt(folder, "new secret".toCharArray(), CHEAP);

        assertThat(encrypted.rowCounts()).containsEntry("EVENT", 2L).containsEntry("ATTENDANCE", 4L);
        assertThat(H2Catalogue.isEncrypted(folder)).isTrue();
        assertThat(header(folder)).isEqualTo(ENCRYPTED_HEADER);
        assertThat(databaseHolds(folder, DISTINCTIVE)).isFalse();
        assertThat(databaseHolds(folder, "Quorbazhenko")).isFalse();
        assertThatThrownBy(() -> H2Catalogue.open(folder, KeyFile.create("guess".toCharArray(), CHEAP).key()))
                .isInstanceOf(CatalogueException.class);
        assertThat(contents(folder, "new secret")).isEqualTo(before);
        assertThat(onlyTheCatalogueIsLeft(folder, true)).isTrue();

        CatalogueRewrite.Result decrypted = CatalogueRewrite.decrypt(folder, "new secret".toCharArray());

        assertThat(decrypted.rowCounts()).isEqualTo(encrypted.rowCounts());
        assertThat(H2Catalogue.isEncrypted(folder)).isFalse();
        // a plain H2 file again (its pages LZF-compressed by the rewrite's compaction, so a long
        // text is not found whole in its bytes; the byte scan's contrast is the file before)
        assertThat(header(folder)).startsWith("H:2,");
        assertThat(contents(folder, null)).isEqualTo(before);
        assertThat(onlyTheCatalogueIsLeft(folder, false)).isTrue();
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.events().count()).isEqualTo(2);
        }
    }

    @Test
    void theRewrittenFileHasTheSameIndexes() throws Exception {
        Path folder = plainCatalogue();
        List<String> indexes;
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            indexes = TableCopy.plainIndexes(catalogue);
        }
        assertThat(indexes).contains("ATTENDANCE.ATTENDANCE_PERSON_EVENT_IDX(PERSON_ID ASC)",
                "ATTENDANCE.ATTENDANCE_PERSON_EVENT_IDX(EVENT_ID ASC)");

        CatalogueRewrite.encrypt(folder, "pw".toCharArray(), CHEAP);

        try (H2Catalogue catalogue = H2Catalogue.open(folder, "pw".toCharArray())) {
            assertThat(TableCopy.plainIndexes(catalogue)).isEqualTo(indexes);
        }
    }

    @Test
    void aChangedPasswordRefusesTheOldAndAcceptsTheNew() throws Exception {
        Path folder = plainCatalogue();
        Map<String, List<String>> before = contents(folder, null);
        CatalogueRewrite.encrypt(folder, "old one".toCharArray(), CHEAP);
        KeyFile oldKeyFile = KeyFile.readFrom(folder);

        CatalogueRewrite.changePassword(folder, "old one".toCharArray(), "new one".toCharArray(), CHEAP);

        assertThat(KeyFile.readFrom(folder)).isNotEqualTo(oldKeyFile);
        assertThatThrownBy(() -> H2Catalogue.open(folder, "old one".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        try (H2Catalogue catalogue = H2Catalogue.open(folder, "new one".toCharArray())) {
            assertThat(catalogue.acceptsPassphrase("new one".toCharArray())).isTrue();
            assertThat(catalogue.acceptsPassphrase("old one".toCharArray())).isFalse();
        }
        assertThat(contents(folder, "new one")).isEqualTo(before);
        assertThat(header(folder)).isEqualTo(ENCRYPTED_HEADER);
        assertThat(databaseHolds(folder, DISTINCTIVE)).isFalse();
        assertThat(onlyTheCatalogueIsLeft(folder, true)).isTrue();
    }

    @Test
    void aWrongPasswordChangesNothing() throws Exception {
        Path folder = plainCatalogue();
        CatalogueRewrite.encrypt(folder, "right".toCharArray(), CHEAP);
        byte[] database = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        byte[] key = Files.readAllBytes(KeyFile.in(folder));

        assertThatThrownBy(() -> CatalogueRewrite.decrypt(folder, "wrong".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThatThrownBy(() -> CatalogueRewrite.changePassword(folder, "wrong".toCharArray(), "x".toCharArray(),
                CHEAP)).isInstanceOf(WrongPasswordException.class);

        assertThat(Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE))).isEqualTo(database);
        assertThat(Files.readAllBytes(KeyFile.in(folder))).isEqualTo(key);
        assertThat(onlyTheCatalogueIsLeft(folder, true)).isTrue();
    }

    @Test
    void refusesWhatDoesNotApply() {
        Path folder = plainCatalogue();
        assertThatThrownBy(() -> CatalogueRewrite.decrypt(folder, "x".toCharArray()))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.catalogueNotEncrypted");
        CatalogueRewrite.encrypt(folder, "x".toCharArray(), CHEAP);
        assertThatThrownBy(() -> CatalogueRewrite.encrypt(folder, "y".toCharArray(), CHEAP))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.catalogueAlreadyEncrypted");
        assertThatThrownBy(() -> CatalogueRewrite.encrypt(temp.resolve("none"), "y".toCharArray(), CHEAP))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.noCatalogue");
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCatalogueOpenInAnotherProcessIsNotRewritten() throws Exception {
        Path folder = plainCatalogue();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldCatalogueOpen.class.getName(), folder.toString())
                .redirectError(temp.resolve("holder-errors.txt").toFile()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("OPEN");
            assertThatThrownBy(() -> CatalogueRewrite.encrypt(folder, "x".toCharArray(), CHEAP))
                    .isInstanceOf(CatalogueInUseException.class);
            holder.getOutputStream().close();
            assertThat(out.readLine()).isEqualTo("CLOSED");
        } finally {
            holder.destroy();
            holder.waitFor(60, TimeUnit.SECONDS);
        }
        assertThat(KeyFile.in(folder)).doesNotExist();
        assertThat(folder.resolve(CatalogueRewrite.WORK_FOLDER)).doesNotExist();
        assertThat(databaseHolds(folder, DISTINCTIVE)).isTrue();
    }

    /**
     * A rewrite stopped after any step, as a crash would stop it (nothing cleaned up), leaves
     * files that the next open finishes (after the commit point) or undoes (before it).
     */
    @ParameterizedTest
    @EnumSource(CatalogueRewrite.Step.class)
    void anInterruptedEncryptionIsFinishedOrUndoneByTheNextOpen(CatalogueRewrite.Step step) throws Exception {
        Path folder = plainCatalogue();
        Map<String, List<String>> before = contents(folder, null);
        crashAfter(step);

        assertThatThrownBy(() -> CatalogueRewrite.encrypt(folder, "new".toCharArray(), CHEAP))
                .isInstanceOf(SimulatedCrash.class);
        CatalogueRewrite.afterStep = s -> { };

        boolean committed = step.compareTo(CatalogueRewrite.Step.READY_WRITTEN) >= 0;
        assertThat(H2Catalogue.isEncrypted(folder)).isEqualTo(committed);
        if (committed) {
            try (H2Catalogue catalogue = H2Catalogue.open(folder, "new".toCharArray())) {
                assertThat(catalogue.events().count()).isEqualTo(2);
            }
            assertThat(contents(folder, "new")).isEqualTo(before);
            assertThat(header(folder)).isEqualTo(ENCRYPTED_HEADER);
            assertThat(databaseHolds(folder, DISTINCTIVE)).isFalse();
        } else {
            try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
                assertThat(catalogue.events().count()).isEqualTo(2);
            }
            assertThat(contents(folder, null)).isEqualTo(before);
        }
        assertThat(onlyTheCatalogueIsLeft(folder, committed)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(CatalogueRewrite.Step.class)
    void anInterruptedPasswordChangeIsFinishedOrUndoneByTheNextOpen(CatalogueRewrite.Step step) throws Exception {
        Path folder = plainCatalogue();
        Map<String, List<String>> before = contents(folder, null);
        CatalogueRewrite.encrypt(folder, "old".toCharArray(), CHEAP);
        crashAfter(step);

        assertThatThrownBy(() -> CatalogueRewrite.changePassword(folder, "old".toCharArray(), "new".toCharArray(),
                CHEAP)).isInstanceOf(SimulatedCrash.class);
        CatalogueRewrite.afterStep = s -> { };

        boolean committed = step.compareTo(CatalogueRewrite.Step.READY_WRITTEN) >= 0;
        String valid = committed ? "new" : "old";
        String invalid = committed ? "old" : "new";
        // the opening that finds the leftovers is the one with the password
        try (H2Catalogue catalogue = H2Catalogue.open(folder, valid.toCharArray())) {
            assertThat(catalogue.events().count()).isEqualTo(2);
        }
        assertThatThrownBy(() -> H2Catalogue.open(folder, invalid.toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(contents(folder, valid)).isEqualTo(before);
        assertThat(onlyTheCatalogueIsLeft(folder, true)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = CatalogueRewrite.Step.class, mode = EnumSource.Mode.EXCLUDE, names = "NEW_KEY_MOVED")
    void anInterruptedDecryptionIsFinishedOrUndoneByTheNextOpen(CatalogueRewrite.Step step) throws Exception {
        Path folder = plainCatalogue();
        Map<String, List<String>> before = contents(folder, null);
        CatalogueRewrite.encrypt(folder, "old".toCharArray(), CHEAP);
        crashAfter(step);

        assertThatThrownBy(() -> CatalogueRewrite.decrypt(folder, "old".toCharArray()))
                .isInstanceOf(SimulatedCrash.class);
        CatalogueRewrite.afterStep = s -> { };

        boolean committed = step.compareTo(CatalogueRewrite.Step.READY_WRITTEN) >= 0;
        assertThat(H2Catalogue.isEncrypted(folder)).isEqualTo(!committed);
        assertThat(contents(folder, committed ? null : "old")).isEqualTo(before);
        assertThat(onlyTheCatalogueIsLeft(folder, !committed)).isTrue();
    }

    private static void crashAfter(CatalogueRewrite.Step step) {
        CatalogueRewrite.afterStep = s -> {
            if (s == step) {
                throw new SimulatedCrash();
            }
        };
    }

    /** Stops the rewrite where it is: an Error, which the rewrite does not clean up after. */
    static final class SimulatedCrash extends Error {
    }

    private static boolean databaseHolds(Path folder, String text) throws IOException {
        byte[] file = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        return new String(file, StandardCharsets.ISO_8859_1).contains(text);
    }
}
