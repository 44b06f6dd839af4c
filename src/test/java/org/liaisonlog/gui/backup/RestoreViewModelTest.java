package org.liaisonlog.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.QueuedExecutor;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.RecordCounts;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/** Restore from backup, without a toolkit: the list, the choice, the confirmation and the backup's password. */
class RestoreViewModelTest {

    private static final Path FOLDER = Path.of("/catalogue/backups");
    private static final BackupInfo OLD = backup("catalogue-20261201-090000.mv.db", "2026-12-01T09:00:00Z", false);
    private static final BackupInfo NEW = backup("catalogue-20261205-183000.mv.db", "2026-12-05T18:30:00Z", false);
    private static final BackupInfo LOCKED = backup("catalogue-20261203-120000.mv.db", "2026-12-03T12:00:00Z", true);

    private final QueuedExecutor executor = new QueuedExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<String> triedPasswords = new ArrayList<>();
    private final List<RestoreViewModel.Request> requests = new ArrayList<>();

    private static BackupInfo backup(String name, String at, boolean encrypted) {
        return new BackupInfo(FOLDER.resolve(name), Instant.parse(at), 3 * 1024 * 1024 + 512 * 1024,
                new RecordCounts(12, 140, 3, 40, 25), true, encrypted);
    }

    private RestoreViewModel viewModel(List<BackupInfo> found) {
        RestoreViewModel viewModel = new RestoreViewModel(() -> found, (backup, password) -> {
            triedPasswords.add(new String(password));
            if (!new String(password).equals("the old password")) {
                throw new WrongPasswordException();
            }
        }, executor, dialogs, messages);
        viewModel.load();
        executor.runAll();
        return viewModel;
    }

    @Test
    void listsTheBackupsOnceEachNewestFirst() {
        // the chosen folder is the default one: the same files come twice
        RestoreViewModel viewModel = viewModel(List.of(OLD, NEW, LOCKED, NEW));
        assertThat(viewModel.backups()).containsExactly(NEW, LOCKED, OLD);
        assertThat(viewModel.size(NEW)).isEqualTo("3.5 MB");
        assertThat(viewModel.counts(NEW)).contains("12 events").contains("40 people").contains("25 organisations");
        assertThat(viewModel.encrypted(LOCKED)).isEqualTo("Encrypted");
        assertThat(viewModel.verified(NEW)).isEqualTo("Verified");
    }

    @Test
    void restoreIsPossibleOnlyOnceABackupIsChosenAndConfirmed() {
        RestoreViewModel viewModel = viewModel(List.of(OLD, NEW));
        assertThat(viewModel.canRestoreBinding().get()).isFalse();
        viewModel.restore(requests::add);
        assertThat(dialogs.asked()).isEmpty();

        viewModel.selectedProperty().set(OLD);
        assertThat(viewModel.canRestoreBinding().get()).isTrue();
        assertThat(viewModel.needsPasswordBinding().get()).isFalse();
        dialogs.answerConfirmations(false);
        viewModel.restore(requests::add);
        assertThat(dialogs.contents().get(0)).contains("kept beside it").contains("never deleted");
        assertThat(requests).isEmpty();

        dialogs.answerConfirmations(true);
        viewModel.restore(requests::add);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).backup()).isEqualTo(OLD);
        assertThat(requests.get(0).password()).isNull();
    }

    @Test
    void anEncryptedBackupAsksItsOwnPasswordAndAWrongOneLetsTheUserTryAgain() {
        RestoreViewModel viewModel = viewModel(List.of(LOCKED));
        viewModel.selectedProperty().set(LOCKED);
        assertThat(viewModel.needsPasswordBinding().get()).isTrue();
        assertThat(viewModel.canRestoreBinding().get()).as("no password typed").isFalse();
        dialogs.answerConfirmations(true);

        viewModel.passwordProperty().set("a guess");
        viewModel.restore(requests::add);
        assertThat(viewModel.canRestoreBinding().get()).as("while checking").isFalse();
        executor.runAll();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Wrong password");
        assertThat(viewModel.passwordProperty().get()).isEmpty();
        assertThat(requests).isEmpty();

        viewModel.passwordProperty().set("the old password");
        assertThat(viewModel.errorProperty().get()).isEmpty();
        viewModel.restore(requests::add);
        executor.runAll();
        assertThat(triedPasswords).containsExactly("a guess", "the old password");
        assertThat(requests).hasSize(1);
        assertThat(new String(requests.get(0).password())).isEqualTo("the old password");
    }

    @Test
    void aListThatCannotBeReadSaysSo() {
        RestoreViewModel viewModel = new RestoreViewModel(() -> {
            throw new java.io.UncheckedIOException(new java.io.IOException("gone"));
        }, (b, p) -> { }, executor, dialogs, messages);
        viewModel.load();
        executor.runAll();
        assertThat(viewModel.backups()).isEmpty();
        assertThat(viewModel.errorProperty().get()).isNotEmpty();
    }
}
