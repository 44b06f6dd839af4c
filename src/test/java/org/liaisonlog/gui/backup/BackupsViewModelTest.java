package org.liaisonlog.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.QueuedExecutor;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.backup.Backups;
import org.liaisonlog.logic.backup.RecordCounts;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.persistence.H2Catalogue;

/** The backup made before the catalogue is rewritten, and the status line's notices, without a toolkit. */
class BackupsViewModelTest {

    @TempDir
    Path folder;

    private H2Catalogue catalogue;
    private final QueuedExecutor executor = new QueuedExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<String> happened = new ArrayList<>();
    private boolean failing;
    private BackupsViewModel backups;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder.resolve("catalogue"));
        FirstStart.prepare(catalogue);
        Backups files = new Backups() {
            @Override
            public BackupInfo backUp(Path to, int keep) {
                if (failing) {
                    throw new BackupException("backup.failed.folder", "the folder cannot be written to");
                }
                return new BackupInfo(to.resolve("catalogue-20261207-010000.mv.db"), java.time.Instant.now(),
                        3 * 1024 * 1024, RecordCounts.NONE, true, false);
            }

            @Override
            public List<BackupInfo> list(Path in) {
                return List.of();
            }
        };
        backups = new BackupsViewModel(new BackupService(catalogue, files, Clock.systemUTC()), executor, dialogs,
                messages);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void theRewriteGoesOnOnlyOnceTheBackupIsMade() {
        backups.backUpBefore(() -> happened.add("rewrite"), () -> happened.add("not"));
        assertThat(backups.noticeProperty().get()).isEqualTo("Backing up the catalogue…");
        assertThat(happened).isEmpty();
        executor.runAll();
        assertThat(happened).containsExactly("rewrite");
        assertThat(backups.noticeProperty().get()).isEqualTo("Backed up and verified: catalogue-20261207-010000.mv.db (3.0 MB).");
    }

    @Test
    void aFailedBackupIsToldAndNothingIsRewritten() {
        failing = true;
        backups.backUpBefore(() -> happened.add("rewrite"), () -> happened.add("not"));
        executor.runAll();
        assertThat(happened).containsExactly("not");
        assertThat(dialogs.errors()).hasSize(1).allMatch(e -> e.contains("USB stick"));
        assertThat(backups.runningProperty().get()).isFalse();
    }

    @Test
    void whileABackupRunsAnotherIsRefusedPlainly() {
        backups.backUpNow();
        backups.backUpBefore(() -> happened.add("rewrite"), () -> happened.add("not"));
        assertThat(happened).containsExactly("not");
        assertThat(dialogs.errors()).containsExactly(
                "A backup is being made: Wait until the status line says it is done, then try again.");
        executor.runAll();
        backups.tell("The password is changed.");
        assertThat(backups.noticeProperty().get()).isEqualTo("The password is changed.");
    }
}
