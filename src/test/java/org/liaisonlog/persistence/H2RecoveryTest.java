package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupNames;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.model.organisation.Organisation;

/** Restoring a backup and setting a file aside: renames and copies only, never a deletion of a catalogue. */
class H2RecoveryTest {

    private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T0.plus(Duration.ofDays(1)), ZoneOffset.UTC);

    @TempDir
    Path temp;

    private final H2Recovery recovery = new H2Recovery(H2Catalogue::open, CLOCK);

    @Test
    void restoreKeepsTheCurrentFileAsideAndBringsBackTheBackupsRecords() throws Exception {
        Path folder = temp.resolve("catalogue");
        BackupInfo backup = catalogueWithBackup(folder, "In the backup");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            catalogue.organisations().insert(Fixtures.organisation("Added after the backup", null));
        }
        String currentBytes = DamagedCatalogueTest.sha(folder.resolve(CatalogueFolder.DATABASE_FILE));

        Optional<Path> kept = recovery.restore(folder, backup);

        assertThat(kept).contains(folder.resolve("catalogue-replaced-20260302-090000.mv.db"));
        assertThat(DamagedCatalogueTest.sha(kept.orElseThrow())).isEqualTo(currentBytes);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                folder.resolve(CatalogueFolder.DATABASE_FILE)))).isEqualTo("rw-------");
        try (H2Catalogue restored = H2Catalogue.open(folder)) {
            assertThat(restored.organisations().findAll()).extracting(Organisation::name)
                    .contains("In the backup").doesNotContain("Added after the backup");
        }
        assertThat(backup.file()).exists();
        // a second restore the same second keeps the first kept file too
        assertThat(recovery.restore(folder, backup)).contains(folder.resolve("catalogue-replaced-20260302-090000-2.mv.db"));
        assertThat(kept.orElseThrow()).exists();
    }

    @Test
    void restoreRefusesWhileTheCatalogueIsOpenAndChangesNothing() throws Exception {
        Path folder = temp.resolve("catalogue");
        BackupInfo backup = catalogueWithBackup(folder, "In the backup");
        try (H2Catalogue open = H2Catalogue.open(folder)) {
            assertThatThrownBy(() -> recovery.restore(folder, backup)).isInstanceOf(CatalogueInUseException.class);
            assertThatThrownBy(() -> recovery.setAside(folder)).isInstanceOf(CatalogueInUseException.class);
        }
        assertThat(names(folder)).containsExactlyInAnyOrder("catalogue.mv.db", "catalogue.closed", "backups");
    }

    @Test
    void aRestoreThatFailsItsCheckPutsThePreviousStateBack() throws Exception {
        Path folder = temp.resolve("catalogue");
        BackupInfo backup = catalogueWithBackup(folder, "In the backup");
        try (RandomAccessFile f = new RandomAccessFile(backup.file().toFile(), "rw")) {
            f.seek(0);
            f.write(new byte[8192]);
        }
        String currentBytes = DamagedCatalogueTest.sha(folder.resolve(CatalogueFolder.DATABASE_FILE));

        assertThatThrownBy(() -> recovery.restore(folder, backup)).isInstanceOf(BackupException.class);

        assertThat(DamagedCatalogueTest.sha(folder.resolve(CatalogueFolder.DATABASE_FILE))).isEqualTo(currentBytes);
        // the record of the file's length at its last close went when the file was moved aside
        assertThat(names(folder)).containsExactlyInAnyOrder("catalogue.mv.db", "backups");
        assertThat(backup.file()).exists();
    }

    @Test
    void theNewestVerifiedBackupIsOfferedFromAnyOfTheFolders() throws Exception {
        Path folder = temp.resolve("catalogue");
        Path stick = temp.resolve("stick");
        BackupInfo older;
        BackupInfo newer;
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            Fixtures.seed(catalogue);
            Clock clock = BackupFixtures.ticking(T0, Duration.ofHours(1));
            older = new H2Backups(catalogue, clock).backUp(folder.resolve("backups"), 7);
            newer = new H2Backups(catalogue, clock).backUp(stick, 7);
        }
        // a newest file with no manifest (an interrupted backup) is never offered
        Files.copy(newer.file(), stick.resolve("catalogue-20270101-000000.mv.db"));

        assertThat(recovery.newestVerified(List.of(folder.resolve("backups"), stick))).contains(newer);
        assertThat(recovery.newestVerified(List.of(folder.resolve("backups")))).contains(older);
        assertThat(recovery.newestVerified(List.of(temp.resolve("none")))).isEmpty();
        assertThat(BackupNames.isBackup(stick.resolve("catalogue-20270101-000000.mv.db"))).isTrue();
    }

    private static BackupInfo catalogueWithBackup(Path folder, String name) {
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            catalogue.organisations().insert(Fixtures.organisation(name, null));
            return new H2Backups(catalogue, Clock.fixed(T0, ZoneOffset.UTC)).backUp(folder.resolve("backups"), 7);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
