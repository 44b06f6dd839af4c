package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupNames;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.model.organisation.Organisation;

/** Online backups of a real H2 catalogue: consistent, verified, owner-only, rotated only after verifying. */
class H2BackupsTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

    @TempDir
    Path temp;

    @Test
    void aBackupTakenWhileWritesGoOnIsConsistentOpensAndHoldsTheRightCounts() throws Exception {
        Path folder = temp.resolve("catalogue");
        BackupFixtures.synthetic(folder, 300);
        Path backups = temp.resolve("backups");
        BackupInfo made;
        long before;
        long after;
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            before = catalogue.organisations().count();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger written = new AtomicInteger();
            Thread writer = new Thread(() -> {
                while (!stop.get()) {
                    catalogue.organisations().insert(Fixtures.organisation("Written during the backup "
                            + written.incrementAndGet(), null));
                }
            });
            writer.start();
            try {
                while (written.get() < 20) {
                    Thread.onSpinWait();
                }
                made = new H2Backups(catalogue, Clock.systemUTC()).backUp(backups, 7);
            } finally {
                stop.set(true);
                writer.join();
            }
            after = catalogue.organisations().count();
            assertThat(written.get()).as("writes went on during the backup").isGreaterThan(20);
        }

        assertThat(made.verified()).isTrue();
        assertThat(made.file().getParent()).isEqualTo(backups);
        assertThat(BackupNames.isBackup(made.file())).isTrue();
        assertThat(made.size()).isEqualTo(Files.size(made.file()));
        assertThat(made.counts().events()).isEqualTo(300);
        assertThat(made.counts().attendance()).isGreaterThan(300);
        assertThat(made.counts().organisations()).isBetween(before, after);
        // the listing reads the manifest back
        assertThat(H2Backups.listFolder(backups)).containsExactly(made);

        // owner-only, and no zip left behind
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backups))).isEqualTo("rwx------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(made.file()))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                BackupNames.beside(made.file(), BackupNames.MANIFEST_SUFFIX)))).isEqualTo("rw-------");
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".zip"));
        }

        // the copy is a whole catalogue: it opens for writing as one, its links hold, its counts are the manifest's
        Path restored = temp.resolve("restored");
        Files.createDirectories(restored);
        Files.copy(made.file(), restored.resolve(CatalogueFolder.DATABASE_FILE));
        try (H2Catalogue copy = H2Catalogue.open(restored)) {
            assertThat(copy.events().count()).isEqualTo(300);
            assertThat(copy.organisations().count()).isEqualTo(made.counts().organisations());
            List<String> names = copy.organisations().findAll().stream().map(Organisation::name)
                    .filter(name -> name.startsWith("Written during the backup ")).toList();
            // a prefix of the writes, with no gap: a consistent moment, not a torn copy
            for (int i = 1; i <= names.size(); i++) {
                assertThat(names).contains("Written during the backup " + i);
            }
            CheckReport full = CatalogueCheck.full(copy);
            assertThat(full.sound()).as("%s", full.failures()).isTrue();
        }
    }

    @Test
    void rotationKeepsTheNewestNAndTheManifestsHoldNoCatalogueText() throws Exception {
        Path folder = temp.resolve("catalogue");
        Path backups = temp.resolve("backups");
        List<BackupInfo> made = new ArrayList<>();
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            Fixtures.seed(catalogue);
            H2Backups taker = new H2Backups(catalogue, BackupFixtures.ticking(T0, Duration.ofHours(1)));
            for (int i = 0; i < 5; i++) {
                made.add(taker.backUp(backups, 3));
            }
        }
        List<BackupInfo> listed = H2Backups.listFolder(backups);
        assertThat(listed).extracting(BackupInfo::file)
                .containsExactly(made.get(4).file(), made.get(3).file(), made.get(2).file());
        assertThat(listed).allMatch(BackupInfo::verified);
        assertThat(made.get(0).file()).doesNotExist();
        assertThat(BackupNames.beside(made.get(0).file(), BackupNames.MANIFEST_SUFFIX)).doesNotExist();
        assertThat(made.get(4).file().getFileName().toString()).isEqualTo("catalogue-20260301-130000.mv.db");
        String manifest = Files.readString(BackupNames.beside(made.get(4).file(), BackupNames.MANIFEST_SUFFIX));
        assertThat(manifest).contains("verified=true", "organisations=3").doesNotContain("RATS", "UNODC", "Sysoev");
    }

    @Test
    void aBackupThatFailsVerificationIsNotKeptAndTheOlderOnesStay() throws Exception {
        Path folder = temp.resolve("catalogue");
        Path backups = temp.resolve("backups");
        BackupInfo good;
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            Fixtures fixtures = Fixtures.seed(catalogue);
            Clock clock = BackupFixtures.ticking(T0, Duration.ofHours(1));
            good = new H2Backups(catalogue, clock).backUp(backups, 1);
            catalogue.events().insert(fixtures.conference());
            H2Backups damaging = new H2Backups(catalogue, clock, H2BackupsTest::overwriteTheMiddle);
            assertThatThrownBy(() -> damaging.backUp(backups, 1))
                    .isInstanceOf(BackupException.class)
                    .extracting(e -> ((BackupException) e).messageKey()).isEqualTo("backup.failed.verify");
        }
        // keep = 1, yet the only verified backup was not rotated out for the one that failed
        assertThat(H2Backups.listFolder(backups)).containsExactly(good);
        try (Stream<Path> files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder(
                    good.file().getFileName().toString(),
                    BackupNames.beside(good.file(), BackupNames.MANIFEST_SUFFIX).getFileName().toString());
        }
    }

    @Test
    void anEncryptedCataloguesBackupHoldsNoReadableTextAndOpensWithItsPassword() throws Exception {
        String distinctive = "Qwzxvortnikov Working Group on Precursors";
        char[] passphrase = "correct horse battery staple".toCharArray();
        Path folder = temp.resolve("secret");
        Path backups = temp.resolve("backups");
        BackupInfo made;
        try (H2Catalogue catalogue = H2Catalogue.open(folder, passphrase.clone(), KeyDerivationTest.CHEAP)) {
            catalogue.organisations().insert(Fixtures.organisation(distinctive, "QWZ"));
            made = new H2Backups(catalogue, Clock.systemUTC()).backUp(backups, 7);
        }
        assertThat(made.encrypted()).isTrue();
        assertThat(made.verified()).isTrue();
        Path keyCopy = BackupNames.beside(made.file(), BackupNames.KEY_SUFFIX);
        assertThat(keyCopy).exists().hasSameBinaryContentAs(folder.resolve(KeyFile.FILE_NAME));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyCopy))).isEqualTo("rw-------");
        byte[] needle = distinctive.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.list(backups)) {
            for (Path file : files.toList()) {
                assertThat(contains(Files.readAllBytes(file), needle)).as("%s", file).isFalse();
            }
        }
        // without the key it does not open; with the backup's key file and the password it does
        assertThat(CatalogueCheck.file(made.file(), null, false).sound()).isFalse();
        FileKey key = KeyFile.read(keyCopy).unlock(passphrase.clone());
        assertThat(CatalogueCheck.file(made.file(), key, true).sound()).isTrue();
        try (var connection = ReadOnlyFile.open(made.file(), key); var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT COUNT(*) FROM ORGANISATION WHERE NAME = '" + distinctive + "'")) {
            rows.next();
            assertThat(rows.getLong(1)).isEqualTo(1);
        }
    }

    /** The test seam: damages the unpacked copy before it is verified. */
    static void overwriteTheMiddle(Path file) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(byte[] haystack, byte[] needle) {
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
