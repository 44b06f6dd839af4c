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
import org.liaisonlog.logic.backup.BackupService;
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
    private final RecordingBackups files = new RecordingBackups(3 * 1024 * 1024);
    private BackupsViewModel backups;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder.resolve("catalogue"));
        FirstStart.prepare(catalogue);
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
        files.failing = true;
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
