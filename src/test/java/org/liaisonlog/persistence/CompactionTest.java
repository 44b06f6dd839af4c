package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaisonlog.persistence.CatalogueFiles.contents;
import static org.liaisonlog.persistence.CatalogueFiles.header;
import static org.liaisonlog.persistence.CatalogueFiles.onlyTheCatalogueIsLeft;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.model.organisation.Organisation;

/**
 * Compacting a catalogue whose file has grown (REUSE_SPACE=FALSE, decision 15) by a verified
 * rewrite: every row and index kept, the encryption and password kept (with the key of the open
 * catalogue, no password asked again), the compacted length recorded for the policy, and a
 * compaction stopped after any step finished or undone by the next open.
 */
class CompactionTest {

    private static final KeyDerivation.Parameters CHEAP = KeyDerivationTest.CHEAP;
    private static final String DISTINCTIVE = "Vorkhalinsky Subregional Meeting on Precursor Routes";
    private static final String PASSWORD = "compact me";

    @TempDir
    Path temp;

    @AfterEach
    void noMoreCrashes() {
        CatalogueRewrite.afterStep = step -> { };
    }

    /** A catalogue with the fixtures and a distinctive event, plain or encrypted (null: plain). */
    private Path catalogue(String password) {
        Path folder = temp.resolve("catalogue");
        try (H2Catalogue catalogue = password == null ? H2Catalogue.open(folder)
                : H2Catalogue.open(folder, password.toCharArray(), CHEAP)) {
            Fixtures fixtures = Fixtures.seed(catalogue);
            catalogue.events().insert(fixtures.conference());
            catalogue.events().insert(Fixtures.yearOnly(DISTINCTIVE, 2019, "Dushanbe"));
        }
        return folder;
    }

    /** Saves an organisation's 2 MB notes again and again: the file grows by about that each time. */
    private static void grow(Catalogue catalogue, int times) {
        Random random = new Random(7);
        Organisation organisation = catalogue.organisations().insert(Fixtures.organisation("Growing Bureau", null));
        for (int i = 0; i < times; i++) {
            StringBuilder notes = new StringBuilder(2 << 20);
            while (notes.length() < 2 << 20) {
                notes.append((char) ('a' + random.nextInt(26)));
            }
            organisation = catalogue.organisations().update(new Organisation(organisation.stamp(), organisation.name(),
                    null, null, List.of(), organisation.kind(), null, null, notes.toString()));
        }
    }

    @Test
    void aGrownPlainCatalogueIsDueAndIsCompactedWithEveryRowAndIndex() throws Exception {
        Path folder = catalogue(null);
        long created = size(folder);
        List<String> indexes;
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            grow(catalogue, 20);
            indexes = TableCopy.plainIndexes(catalogue);
        }
        Map<String, List<String>> before = contents(folder, null);
        long grown = size(folder);
        CatalogueFolder files = new CatalogueFolder(folder);
        assertThat(files.compactedLength()).as("the length at the first close is the baseline").contains(created);
        assertThat(grown).isGreaterThan(created + CompactionPolicy.MIN_GROWTH);
        assertThat(CompactionPolicy.isDue(folder)).isTrue();

        CatalogueRewrite.Result result = CatalogueRewrite.compact(folder);

        long compacted = size(folder);
        assertThat(result.rowCounts()).containsEntry("EVENT", 2L).containsEntry("ORGANISATION", 4L);
        assertThat(compacted).as("a fraction of the grown file").isLessThan(grown / 4);
        assertThat(files.compactedLength()).contains(compacted);
        assertThat(files.closedLength()).as("a cut file is still told by its length").contains(compacted);
        assertThat(CompactionPolicy.isDue(folder)).isFalse();
        assertThat(contents(folder, null)).isEqualTo(before);
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(TableCopy.plainIndexes(catalogue)).isEqualTo(indexes);
        }
        assertThat(files.compactedLength()).as("kept across a close").contains(compacted);
        assertThat(CheckedOpen.lengthSinceClosed(folder).passed()).isTrue();
        assertThat(onlyTheCatalogueIsLeft(folder, false)).isTrue();
    }

    @Test
    void anEncryptedCatalogueIsCompactedAfterClosingWithTheKeyItWasOpenedWith() throws Exception {
        Path folder = catalogue(PASSWORD);
        byte[] keyFile = Files.readAllBytes(KeyFile.in(folder));
        Compaction compaction;
        try (H2Catalogue catalogue = H2Catalogue.open(folder, PASSWORD.toCharArray())) {
            grow(catalogue, 18);
            compaction = catalogue.compaction();
            // in this process H2 would let the rewrite open the file again and swap it under the open catalogue
            assertThatThrownBy(compaction::run).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("still open");
            assertThat(folder.resolve(CatalogueRewrite.WORK_FOLDER)).doesNotExist();
        }
        Map<String, List<String>> before = contents(folder, PASSWORD);
        long grown = size(folder);
        assertThat(compaction.isDue()).isTrue();

        assertThat(compaction.runIfDue()).isPresent();

        assertThat(size(folder)).isLessThan(grown / 4);
        assertThat(header(folder)).isEqualTo("H2encrypt");
        assertThat(Files.readAllBytes(KeyFile.in(folder))).as("the same key file, so the same password")
                .isEqualTo(keyFile);
        assertThat(new String(Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE)),
                StandardCharsets.ISO_8859_1)).doesNotContain("Vorkhalinsky");
        assertThat(contents(folder, PASSWORD)).isEqualTo(before);
        assertThat(compaction.runIfDue()).as("no longer due").isEmpty();
        assertThat(onlyTheCatalogueIsLeft(folder, true)).isTrue();

        compaction.close();
        assertThatThrownBy(compaction::run).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aHandleTakenBeforeThePasswordChangedRefusesAndChangesNothing() throws Exception {
        Path folder = catalogue(PASSWORD);
        Compaction compaction;
        try (H2Catalogue catalogue = H2Catalogue.open(folder, PASSWORD.toCharArray())) {
            compaction = catalogue.compaction();
        }
        CatalogueRewrite.changePassword(folder, PASSWORD.toCharArray(), "other".toCharArray(), CHEAP);
        byte[] database = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));

        assertThatThrownBy(compaction::run).isInstanceOf(WrongPasswordException.class);

        assertThat(Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE))).isEqualTo(database);
        assertThat(onlyTheCatalogueIsLeft(folder, true)).isTrue();
    }

    @Test
    void anEncryptedCatalogueNeedsItsPassword() throws Exception {
        Path folder = catalogue(PASSWORD);
        byte[] database = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        assertThatThrownBy(() -> CatalogueRewrite.compact(folder)).isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.passwordNeeded");
        assertThatThrownBy(() -> CatalogueRewrite.compact(folder, "wrong".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE))).isEqualTo(database);

        CatalogueRewrite.compact(folder, PASSWORD.toCharArray());
        assertThat(contents(folder, PASSWORD).get("EVENT")).hasSize(2);
    }

    /** A plain catalogue has no key file to move in: no NEW_KEY_MOVED step. */
    @ParameterizedTest
    @EnumSource(value = CatalogueRewrite.Step.class, mode = EnumSource.Mode.EXCLUDE, names = "NEW_KEY_MOVED")
    void anInterruptedCompactionIsFinishedOrUndoneByTheNextOpen(CatalogueRewrite.Step step) throws Exception {
        interrupted(step, null);
    }

    @ParameterizedTest
    @EnumSource(CatalogueRewrite.Step.class)
    void anInterruptedCompactionOfAnEncryptedCatalogueIsFinishedOrUndone(CatalogueRewrite.Step step) throws Exception {
        interrupted(step, PASSWORD);
    }

    private void interrupted(CatalogueRewrite.Step step, String password) throws Exception {
        Path folder = catalogue(password);
        Map<String, List<String>> before = contents(folder, password);
        byte[] database = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        byte[] keyFile = password == null ? null : Files.readAllBytes(KeyFile.in(folder));
        CatalogueRewrite.afterStep = s -> {
            if (s == step) {
                throw new CatalogueRewriteTest.SimulatedCrash();
            }
        };

        assertThatThrownBy(() -> {
            if (password == null) {
                CatalogueRewrite.compact(folder);
            } else {
                CatalogueRewrite.compact(folder, password.toCharArray());
            }
        }).isInstanceOf(CatalogueRewriteTest.SimulatedCrash.class);
        CatalogueRewrite.afterStep = s -> { };

        boolean committed = step.compareTo(CatalogueRewrite.Step.READY_WRITTEN) >= 0;
        // the next open (here isEncrypted, as the window and every command first ask) finishes or undoes it
        assertThat(H2Catalogue.isEncrypted(folder)).isEqualTo(password != null);
        if (!committed) {
            // the old file stands (opened and closed by the rewrite, so grown by a chunk, never shorter)
            assertThat(size(folder)).as("the old file").isGreaterThanOrEqualTo(database.length);
        }
        if (keyFile != null) {
            assertThat(Files.readAllBytes(KeyFile.in(folder))).isEqualTo(keyFile);
        }
        assertThat(onlyTheCatalogueIsLeft(folder, password != null)).isTrue();
        assertThat(contents(folder, password)).isEqualTo(before);
        // a swap finished by recovery: the close after it records the baseline
        assertThat(new CatalogueFolder(folder).compactedLength()).isPresent();
    }

    @Test
    void afterEncryptingTheBaselineIsTheLengthTheNextSessionOpenedWith() throws Exception {
        Path folder = catalogue(null);
        CatalogueRewrite.encrypt(folder, PASSWORD.toCharArray(), CHEAP);
        long rewritten = size(folder);
        CatalogueFolder files = new CatalogueFolder(folder);
        assertThat(files.compactedLength()).as("the rewrite forgot the old record").isEmpty();

        try (H2Catalogue catalogue = H2Catalogue.open(folder, PASSWORD.toCharArray())) {
            grow(catalogue, 18);
        }

        assertThat(files.compactedLength()).contains(rewritten);
        assertThat(CompactionPolicy.isDue(folder)).isTrue();
    }

    @Test
    void thePolicyWantsTwiceTheLengthAndThirtyTwoMegabytesMore() {
        long mb = 1024 * 1024;
        assertThat(CompactionPolicy.isDue(33 * mb, mb)).isTrue();
        assertThat(CompactionPolicy.isDue(33 * mb - 1, mb)).as("31.99 MB grown").isFalse();
        assertThat(CompactionPolicy.isDue(201 * mb, 100 * mb)).isTrue();
        assertThat(CompactionPolicy.isDue(200 * mb, 100 * mb)).as("exactly twice is not more than twice").isFalse();
        assertThat(CompactionPolicy.isDue(150 * mb, 100 * mb)).isFalse();
        assertThat(new CompactionPolicy.Lengths(500 * mb, Optional.empty()).due()).as("no baseline yet").isFalse();
        assertThat(CompactionPolicy.isDue(temp.resolve("none"))).isFalse();
    }

    @Test
    void theCompactedLengthIsKeptBesideTheClosedLength() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("records"));
        CatalogueFolder files = new CatalogueFolder(folder);
        Files.write(files.databaseFile(), new byte[1000]);
        Files.writeString(folder.resolve(CatalogueFolder.CLOSED_RECORD), "900");
        assertThat(files.closedLength()).as("a record of the older form").contains(900L);
        assertThat(files.compactedLength()).isEmpty();

        files.recordClosedLength();
        assertThat(files.closedLength()).contains(1000L);
        assertThat(files.compactedLength()).as("the baseline starts at this close").contains(1000L);

        Files.write(files.databaseFile(), new byte[5000]);
        files.recordClosedLength();
        assertThat(files.closedLength()).contains(5000L);
        assertThat(files.compactedLength()).as("kept while the file grows").contains(1000L);

        Files.write(files.databaseFile(), new byte[800]);
        files.recordClosedLength();
        assertThat(files.compactedLength()).as("a file compacted in place is the new baseline").contains(800L);

        Files.write(files.databaseFile(), new byte[5000]);
        files.recordCompactedLength();
        assertThat(files.compactedLength()).contains(5000L);
        files.forgetClosedLength();
        assertThat(files.closedLength()).isEmpty();
        assertThat(files.compactedLength()).isEmpty();
    }

    private static long size(Path folder) throws IOException {
        return Files.size(folder.resolve(CatalogueFolder.DATABASE_FILE));
    }
}
