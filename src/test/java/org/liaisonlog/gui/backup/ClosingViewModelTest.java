package org.liaisonlog.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
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

/**
 * Closing without a toolkit: the backup due on closing is made first and shown; closing again
 * offers to quit at once; nothing is shown when no backup is due.
 */
class ClosingViewModelTest {

    @TempDir
    Path folder;

    private H2Catalogue catalogue;
    private final QueuedExecutor executor = new QueuedExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final RecordingBackups backups = new RecordingBackups(2048);
    private final AtomicInteger exits = new AtomicInteger();
    private final List<Boolean> shown = new ArrayList<>();
    private BackupService service;
    private ClosingViewModel closing;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder.resolve("catalogue"));
        FirstStart.prepare(catalogue);
        service = new BackupService(catalogue, backups, Clock.systemUTC());
        closing = new ClosingViewModel(new BackupsViewModel(service, executor, dialogs, messages), dialogs, messages,
                exits::incrementAndGet);
        closing.backingUpProperty().addListener((obs, was, now) -> shown.add(now));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void aBackupDueIsMadeAndShownBeforeTheProgramExits() {
        closing.close();
        executor.runNext(); // is one due? never backed up: yes
        assertThat(closing.backingUpProperty().get()).isTrue();
        assertThat(exits).hasValue(0);
        executor.runNext(); // the backup
        assertThat(backups.askedFor).hasSize(1);
        assertThat(closing.backingUpProperty().get()).isFalse();
        assertThat(exits).hasValue(1);
        assertThat(dialogs.asked()).isEmpty();
    }

    @Test
    void withNoBackupDueNothingIsShownAndTheProgramExits() {
        service.backUpNow();
        backups.askedFor.clear();
        closing.close();
        executor.runAll();
        assertThat(backups.askedFor).isEmpty();
        assertThat(shown).isEmpty();
        assertThat(exits).hasValue(1);
    }

    @Test
    void closingAgainOffersToQuitAtOnceWithTheBackupSkipped() {
        closing.close();
        executor.runNext();
        assertThat(closing.backingUpProperty().get()).isTrue();

        dialogs.answerConfirmations(false);
        closing.close();
        assertThat(dialogs.asked()).containsExactly("Quit without the backup?");
        assertThat(dialogs.contents().get(0)).contains("Everything saved stays in the catalogue");
        assertThat(exits).as("not confirmed: still waiting").hasValue(0);

        dialogs.answerConfirmations(true);
        closing.quitNow();
        assertThat(exits).hasValue(1);
        assertThat(closing.backingUpProperty().get()).isFalse();
        executor.runAll(); // the backup ends later: the program does not exit twice
        assertThat(exits).hasValue(1);
        closing.close();
        assertThat(exits).hasValue(1);
    }
}
