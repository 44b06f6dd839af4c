package org.liaisonlog.logic.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backup and set-aside file names: dated, never one already taken. */
class BackupNamesTest {

    private static final Instant AT = Instant.parse("2026-03-10T18:05:09Z");

    @TempDir
    Path folder;

    @Test
    void namesCarryTheLocalTimeAndSkipNamesTaken() throws IOException {
        Path first = BackupNames.newBackup(folder, AT, ZoneOffset.UTC);
        assertThat(first.getFileName().toString()).isEqualTo("catalogue-20260310-180509.mv.db");
        assertThat(BackupNames.newBackup(folder, AT, ZoneId.of("Asia/Tashkent")).getFileName().toString())
                .isEqualTo("catalogue-20260310-230509.mv.db");
        Files.createFile(BackupNames.beside(first, BackupNames.MANIFEST_SUFFIX));
        assertThat(BackupNames.newBackup(folder, AT, ZoneOffset.UTC).getFileName().toString())
                .isEqualTo("catalogue-20260310-180509-2.mv.db");
        Files.createFile(folder.resolve("catalogue-damaged-20260310-180509.mv.db"));
        assertThat(BackupNames.damaged(folder, AT, ZoneOffset.UTC).getFileName().toString())
                .isEqualTo("catalogue-damaged-20260310-180509-2.mv.db");
        assertThat(BackupNames.replaced(folder, AT, ZoneOffset.UTC).getFileName().toString())
                .isEqualTo("catalogue-replaced-20260310-180509.mv.db");
    }

    @Test
    void onlyBackupNamesCountAsBackups() {
        assertThat(BackupNames.isBackup(Path.of("catalogue-20260310-180509.mv.db"))).isTrue();
        assertThat(BackupNames.isBackup(Path.of("catalogue-20260310-180509-3.mv.db"))).isTrue();
        assertThat(BackupNames.isBackup(Path.of("catalogue.mv.db"))).isFalse();
        assertThat(BackupNames.isBackup(Path.of("catalogue-damaged-20260310-180509.mv.db"))).isFalse();
        assertThat(BackupNames.isBackup(Path.of("catalogue-replaced-20260310-180509.mv.db"))).isFalse();
        assertThat(BackupNames.madeAt(Path.of("catalogue-20260310-180509.mv.db"), ZoneOffset.UTC)).contains(AT);
        assertThat(BackupNames.beside(Path.of("/b/catalogue-20260310-180509.mv.db"), BackupNames.KEY_SUFFIX))
                .isEqualTo(Path.of("/b/catalogue-20260310-180509.key"));
    }
}
