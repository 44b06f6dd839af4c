package org.liaisonlog.gui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.QueuedExecutor;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.security.PasswordChangeViewModel.Kind;
import org.liaisonlog.gui.security.PasswordChangeViewModel.Request;
import org.liaisonlog.gui.util.Messages;

/** Encrypt, change and remove the password, without a toolkit: what is asked, checked and confirmed. */
class PasswordChangeViewModelTest {

    private static final String CURRENT = "Tashkent-2018-RATS";
    private static final String NEW = "Bishkek-2026-CND";

    private final QueuedExecutor executor = new QueuedExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<String> checked = new ArrayList<>();
    private final List<Request> requests = new ArrayList<>();

    private PasswordChangeViewModel viewModel(Kind kind) {
        return new PasswordChangeViewModel(kind, password -> {
            checked.add(new String(password));
            return new String(password).equals(CURRENT);
        }, executor, dialogs, messages);
    }

    @Test
    void encryptAsksOnlyTheNewPasswordTwiceAndConfirmsWithABackupFirst() {
        PasswordChangeViewModel viewModel = viewModel(Kind.ENCRYPT);
        assertThat(viewModel.asksCurrent()).isFalse();
        assertThat(viewModel.asksNew()).isTrue();
        viewModel.chosen().passphraseProperty().set("short");
        assertThat(viewModel.canSubmitBinding().get()).isFalse();
        viewModel.chosen().passphraseProperty().set(NEW);
        viewModel.chosen().repeatedProperty().set(NEW + "x");
        assertThat(viewModel.canSubmitBinding().get()).isFalse();
        viewModel.chosen().repeatedProperty().set(NEW);
        assertThat(viewModel.canSubmitBinding().get()).isTrue();

        dialogs.answerConfirmations(false);
        viewModel.submit(requests::add);
        assertThat(requests).isEmpty();
        assertThat(viewModel.chosen().passphraseProperty().get()).as("kept when not confirmed").isEqualTo(NEW);
        assertThat(dialogs.contents().get(0)).startsWith("A backup is made first.");

        dialogs.answerConfirmations(true);
        viewModel.submit(requests::add);
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).kind()).isEqualTo(Kind.ENCRYPT);
        assertThat(requests.get(0).current()).isNull();
        assertThat(new String(requests.get(0).chosen())).isEqualTo(NEW);
        assertThat(viewModel.chosen().passphraseProperty().get()).as("fields emptied").isEmpty();
        assertThat(checked).as("no current password to check").isEmpty();
    }

    @Test
    void changeChecksTheCurrentPasswordFirstAndAWrongOneLetsTheUserTryAgain() {
        PasswordChangeViewModel viewModel = viewModel(Kind.CHANGE);
        assertThat(viewModel.asksCurrent()).isTrue();
        viewModel.chosen().passphraseProperty().set(NEW);
        viewModel.chosen().repeatedProperty().set(NEW);
        assertThat(viewModel.canSubmitBinding().get()).as("no current password").isFalse();
        dialogs.answerConfirmations(true);

        viewModel.currentProperty().set("a guess");
        viewModel.submit(requests::add);
        assertThat(viewModel.canSubmitBinding().get()).as("while checking").isFalse();
        executor.runAll();
        assertThat(viewModel.errorProperty().get()).isEqualTo("Wrong password");
        assertThat(viewModel.currentProperty().get()).isEmpty();
        assertThat(viewModel.chosen().passphraseProperty().get()).as("the new one is kept").isEqualTo(NEW);
        assertThat(dialogs.asked()).as("not confirmed before the password is right").isEmpty();
        assertThat(requests).isEmpty();

        viewModel.currentProperty().set(CURRENT);
        assertThat(viewModel.errorProperty().get()).isEmpty();
        viewModel.submit(requests::add);
        executor.runAll();
        assertThat(checked).containsExactly("a guess", CURRENT);
        assertThat(requests).hasSize(1);
        assertThat(new String(requests.get(0).current())).isEqualTo(CURRENT);
        assertThat(new String(requests.get(0).chosen())).isEqualTo(NEW);
    }

    @Test
    void removeSaysPlainlyThatTheFileWillBeReadableByAnyoneWithTheLaptop() {
        PasswordChangeViewModel viewModel = viewModel(Kind.REMOVE);
        assertThat(viewModel.asksNew()).isFalse();
        viewModel.currentProperty().set(CURRENT);
        assertThat(viewModel.canSubmitBinding().get()).isTrue();
        dialogs.answerConfirmations(false);
        viewModel.submit(requests::add);
        executor.runAll();
        assertThat(dialogs.contents().get(0)).contains("can be read by anyone who has this laptop")
                .contains("A backup is made first");
        assertThat(requests).isEmpty();

        dialogs.answerConfirmations(true);
        viewModel.currentProperty().set(CURRENT);
        viewModel.submit(requests::add);
        executor.runAll();
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).kind()).isEqualTo(Kind.REMOVE);
        assertThat(requests.get(0).chosen()).isNull();
    }
}
