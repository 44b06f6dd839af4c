package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.logic.organisation.OrganisationService;

/**
 * Damaged-file detection on copies of a real catalogue (synthetic events, and a change history
 * written through a service): cut short, its middle overwritten at several places, its header
 * overwritten. Each is found by the open or by a check; found, it is set aside by name and
 * nothing is deleted.
 */
class DamagedCatalogueTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path original;
    private static String originalDigest;

    private final H2Recovery recovery = new H2Recovery(H2Catalogue::open, CLOCK);

    @BeforeAll
    static void makeTheCatalogue() throws Exception {
        Path folder = shared.resolve("original");
        BackupFixtures.synthetic(folder, 300);
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            OrganisationService organisations = new OrganisationService(catalogue);
            for (int i = 0; i < 30; i++) {
                organisations.save(Fixtures.organisation("Saved through the service " + i, null));
            }
        }
        original = folder.resolve(CatalogueFolder.DATABASE_FILE);
        originalDigest = BackupFixtures.digest(original, null);
        assertThat(CatalogueCheck.file(original, null, true).sound()).isTrue();
    }

    @Test
    void aFileCutToHalfIsFoundOnOpeningAndByTheCheck() throws Exception {
        Path folder = copy("cut");
        cut(folder, 2);
        String damagedBytes = sha(folder.resolve(CatalogueFolder.DATABASE_FILE));

        // found by the read-only open, or (depending on where the cut falls) by the read-write open
        CheckedOpen.Result result = CheckedOpen.open(folder);
        assertThat(result).isInstanceOfSatisfying(CheckedOpen.Damaged.class, damaged -> {
            assertThat(damaged.report().failures()).extracting(CheckReport.Item::what)
                    .containsAnyOf("the file is as long as when it was last closed", "the file opens",
                            "the file opens for writing");
            System.out.println("Cut to half, found by: " + damaged.report().failures());
        });
        assertThat(sha(folder.resolve(CatalogueFolder.DATABASE_FILE))).isEqualTo(damagedBytes);
        assertThat(CatalogueCheck.file(folder.resolve(CatalogueFolder.DATABASE_FILE), null, true).damaged()).isTrue();

        assertSetAsideWhole(folder, damagedBytes);
    }

    @Test
    void aCompactedFileCutShortIsFoundBeforeOpeningWhereH2WouldQuietlyGoBackToAnEarlierState() throws Exception {
        Path compacted = copy("compacted");
        JooqBulkWriter.compact(compacted);
        Path folder = temp.resolve("compacted-cut");
        Files.createDirectories(folder);
        Files.copy(compacted.resolve(CatalogueFolder.DATABASE_FILE), folder.resolve(CatalogueFolder.DATABASE_FILE));
        cut(folder, 2);
        String damagedBytes = sha(folder.resolve(CatalogueFolder.DATABASE_FILE));

        CheckReport before = CatalogueCheck.beforeOpen(folder, null);
        assertThat(before.outcome()).isEqualTo(CheckReport.Outcome.DAMAGED);
        assertThat(CheckedOpen.open(folder)).isInstanceOf(CheckedOpen.Damaged.class);
        assertThat(sha(folder.resolve(CatalogueFolder.DATABASE_FILE))).as("nothing written").isEqualTo(damagedBytes);

        // Why the check must come before the open: H2's read-write open of such a file succeeds,
        // silently back at an earlier state (here before any record), and writes over what is left;
        // the quick check of the open catalogue is content, the full check too.
        Path other = temp.resolve("compacted-cut-opened");
        Files.createDirectories(other);
        Files.copy(compacted.resolve(CatalogueFolder.DATABASE_FILE), other.resolve(CatalogueFolder.DATABASE_FILE));
        cut(other, 2);
        try (H2Catalogue opened = H2Catalogue.open(other)) {
            assertThat(opened.events().count()).isLessThan(300);
            assertThat(CatalogueCheck.quick(opened).sound()).isTrue();
        }

        assertSetAsideWhole(folder, damagedBytes);
    }

    @Test
    void aFileWithItsHeaderOverwrittenDoesNotOpenAndCountsAsDamage() throws Exception {
        Path folder = copy("header");
        overwrite(folder, 0, 8192, 1);
        String damagedBytes = sha(folder.resolve(CatalogueFolder.DATABASE_FILE));

        assertThat(CatalogueCheck.beforeOpen(folder, null).outcome()).isEqualTo(CheckReport.Outcome.DAMAGED);
        assertThat(CheckedOpen.open(folder)).isInstanceOf(CheckedOpen.Damaged.class);
        assertThatThrownBy(() -> H2Catalogue.open(folder))
                .isInstanceOfSatisfying(CatalogueException.class, e -> assertThat(recovery.isDamage(e)).isTrue());

        assertSetAsideWhole(folder, damagedBytes);
    }

    @Test
    void overwritesInTheMiddleAreFoundByTheFullCheckOrLeaveEveryRecordAsItWas() throws Exception {
        List<String> found = new ArrayList<>();
        List<String> harmless = new ArrayList<>();
        for (int percent : new int[] {15, 25, 35, 45, 55, 65, 75, 85}) {
            Path folder = copy("middle-" + percent);
            long size = Files.size(folder.resolve(CatalogueFolder.DATABASE_FILE));
            overwrite(folder, size * percent / 100, 4096, percent);
            CheckReport full = CatalogueCheck.file(folder.resolve(CatalogueFolder.DATABASE_FILE), null, true);
            if (full.damaged()) {
                found.add(percent + "%: " + full.failures().get(0).what());
                String damagedBytes = sha(folder.resolve(CatalogueFolder.DATABASE_FILE));
                assertSetAsideWhole(folder, damagedBytes);
            } else {
                // nothing found: then the bytes fell where nothing is kept any more (free space, old versions)
                assertThat(BackupFixtures.digest(folder.resolve(CatalogueFolder.DATABASE_FILE), null))
                        .as("an overwrite at %d%% the check did not find changed the records", percent)
                        .isEqualTo(originalDigest);
                harmless.add(percent + "%");
            }
        }
        System.out.println("Overwrites found by the full check: " + found + "; in unused space: " + harmless);
        assertThat(found).as("the check finds damage at all").isNotEmpty();
    }

    @Test
    void aSoundCatalogueOpensThroughTheChecks() throws Exception {
        Path folder = copy("sound");
        CheckedOpen.Result result = CheckedOpen.open(folder);
        assertThat(result).isInstanceOf(CheckedOpen.Opened.class);
        try (H2Catalogue catalogue = ((CheckedOpen.Opened) result).catalogue()) {
            assertThat(catalogue.events().count()).isEqualTo(300);
        }
        // a new catalogue is simply created
        CheckedOpen.Result created = CheckedOpen.open(temp.resolve("new"));
        assertThat(created).isInstanceOf(CheckedOpen.Opened.class);
        ((CheckedOpen.Opened) created).catalogue().close();
    }

    @Test
    void copiesTakenWhileTheCatalogueIsWrittenAreNotTakenForDamage() throws Exception {
        // what a power cut leaves: the file as it was at some moment of writing
        Path folder = copy("written");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
            OrganisationService organisations = new OrganisationService(catalogue);
            Thread writer = new Thread(() -> {
                for (int i = 0; !stop.get(); i++) {
                    organisations.save(Fixtures.organisation("Written " + i, null));
                }
            });
            writer.start();
            try {
                for (int i = 0; i < 10; i++) {
                    Path image = temp.resolve("image-" + i);
                    Files.createDirectories(image);
                    Files.copy(folder.resolve(CatalogueFolder.DATABASE_FILE), image.resolve(CatalogueFolder.DATABASE_FILE));
                    CheckReport before = CatalogueCheck.beforeOpen(image, null);
                    assertThat(before.sound()).as("copy %d: %s", i, before.failures()).isTrue();
                }
            } finally {
                stop.set(true);
                writer.join();
            }
        }
    }

    @Test
    void anEncryptedCatalogueOpensThroughTheChecksWithItsPasswordOnly() {
        Path folder = temp.resolve("secret");
        try (H2Catalogue catalogue = H2Catalogue.open(folder, "right one".toCharArray(), KeyDerivationTest.CHEAP)) {
            catalogue.organisations().insert(Fixtures.organisation("Kept encrypted", null));
        }
        assertThatThrownBy(() -> CheckedOpen.open(folder, "wrong one".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
        CheckedOpen.Result result = CheckedOpen.open(folder, "right one".toCharArray());
        assertThat(result).isInstanceOf(CheckedOpen.Opened.class);
        try (H2Catalogue catalogue = ((CheckedOpen.Opened) result).catalogue()) {
            assertThat(catalogue.isEncrypted()).isTrue();
            assertThat(catalogue.organisations().count()).isEqualTo(1);
        }
    }

    @Test
    void inUseAndAWrongPasswordAreNotDamage() {
        assertThat(recovery.isDamage(new CatalogueInUseException(null))).isFalse();
        assertThat(recovery.isDamage(new WrongPasswordException())).isFalse();
        assertThat(recovery.isDamage(new CatalogueException("error.catalogueOpen", "x",
                new java.sql.SQLException("corrupt", "90030", 90030)))).isTrue();
    }

    /** Sets the damaged file aside and checks it is there whole under its new name, nothing deleted. */
    private void assertSetAsideWhole(Path folder, String damagedBytes) throws Exception {
        List<String> before;
        try (Stream<Path> files = Files.list(folder)) {
            before = files.map(p -> p.getFileName().toString()).toList();
        }
        Path aside = recovery.setAside(folder);
        assertThat(aside.getFileName().toString()).isEqualTo("catalogue-damaged-20260301-090000.mv.db");
        assertThat(folder.resolve(CatalogueFolder.DATABASE_FILE)).doesNotExist();
        assertThat(sha(aside)).isEqualTo(damagedBytes);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> after = files.map(p -> p.getFileName().toString()).toList();
            // the record of the file's length at its last close goes with it: nothing else
            int record = before.contains(CatalogueFolder.CLOSED_RECORD) ? 1 : 0;
            assertThat(after).hasSize(before.size() - record).contains(aside.getFileName().toString())
                    .doesNotContain(CatalogueFolder.CLOSED_RECORD);
        }
    }

    private Path copy(String name) throws IOException {
        Path folder = temp.resolve(name);
        Files.createDirectories(folder);
        Files.copy(original, folder.resolve(CatalogueFolder.DATABASE_FILE));
        // the whole folder as the program leaves it: with the file's length at its last close
        Files.copy(original.resolveSibling(CatalogueFolder.CLOSED_RECORD), folder.resolve(CatalogueFolder.CLOSED_RECORD));
        return folder;
    }

    private static void cut(Path folder, int divisor) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve(CatalogueFolder.DATABASE_FILE).toFile(), "rw")) {
            f.setLength(f.length() / divisor);
        }
    }

    private static void overwrite(Path folder, long offset, int length, long seed) throws IOException {
        byte[] junk = new byte[length];
        new Random(seed).nextBytes(junk);
        try (RandomAccessFile f = new RandomAccessFile(folder.resolve(CatalogueFolder.DATABASE_FILE).toFile(), "rw")) {
            f.seek(offset);
            f.write(junk);
        }
    }

    static String sha(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
