package org.liaisonlog.gui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.QueuedExecutor;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;

/** Backup and lock settings, without a toolkit: validation while typing, the folder chosen, saving. */
class SafetySettingsViewModelTest {

    @TempDir
    Path folder;

    private final QueuedExecutor executor = new QueuedExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<SafetySettingsViewModel.Choice> kept = new ArrayList<>();
    private final List<SafetySettingsViewModel.Choice> saved = new ArrayList<>();

    private SafetySettingsViewModel viewModel(Path chosen) {
        return new SafetySettingsViewModel(folder.resolve("backups"), chosen, 7, 10, kept::add, executor, dialogs,
                messages);
    }

    @Test
    void showsTheSettingsAsTheyAre() {
        SafetySettingsViewModel viewModel = viewModel(null);
        assertThat(viewModel.keepProperty().get()).isEqualTo("7");
        assertThat(viewModel.lockMinutesProperty().get()).isEqualTo("10");
        assertThat(viewModel.folderProperty().get()).isNull();
        assertThat(viewModel.folderTextBinding().get()).startsWith("Default").contains(folder.resolve("backups").toString());
        assertThat(viewModel.validBinding().get()).isTrue();
        assertThat(viewModel.problemBinding().get()).isEmpty();
    }

    @Test
    void numbersOutOfRangeSayWhatIsWrongAndSaveNothing() {
        SafetySettingsViewModel viewModel = viewModel(null);
        viewModel.keepProperty().set("0");
        assertThat(viewModel.validBinding().get()).isFalse();
        assertThat(viewModel.problemBinding().get()).isEqualTo("Backups to keep: a whole number from 1 to 100.");
        viewModel.keepProperty().set("101");
        assertThat(viewModel.validBinding().get()).isFalse();
        viewModel.keepProperty().set("seven");
        assertThat(viewModel.validBinding().get()).isFalse();
        viewModel.keepProperty().set(" 3 ");
        assertThat(viewModel.validBinding().get()).isTrue();

        viewModel.lockMinutesProperty().set("0");
        assertThat(viewModel.problemBinding().get()).isEqualTo("Idle minutes: a whole number from 1 to 480.");
        viewModel.lockMinutesProperty().set("");
        assertThat(viewModel.validBinding().get()).isFalse();
        viewModel.save(saved::add);
        executor.runAll();
        assertThat(kept).isEmpty();
        assertThat(saved).isEmpty();

        viewModel.lockMinutesProperty().set("480");
        viewModel.save(saved::add);
        assertThat(viewModel.validBinding().get()).as("while saving").isFalse();
        executor.runAll();
        assertThat(saved).containsExactly(new SafetySettingsViewModel.Choice(null, 3, 480));
        assertThat(kept).isEqualTo(saved);
    }

    @Test
    void aFolderChosenIsSavedAndTheDefaultCanBeChosenAgain() throws Exception {
        Path stick = Files.createDirectory(folder.resolve("stick"));
        SafetySettingsViewModel viewModel = viewModel(null);
        dialogs.answerFolder(null);
        viewModel.chooseFolder();
        assertThat(viewModel.folderProperty().get()).as("cancelled").isNull();
        dialogs.answerFolder(stick);
        viewModel.chooseFolder();
        assertThat(viewModel.folderProperty().get()).isEqualTo(stick);
        assertThat(viewModel.folderTextBinding().get()).isEqualTo(stick.toString());
        viewModel.save(saved::add);
        executor.runAll();
        assertThat(saved).containsExactly(new SafetySettingsViewModel.Choice(stick, 7, 10));

        viewModel.useDefaultFolder();
        viewModel.save(saved::add);
        executor.runAll();
        assertThat(saved.get(1).folder()).isNull();
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedWithAClearMessage() {
        Path gone = folder.resolve("stick-taken-out");
        SafetySettingsViewModel viewModel = viewModel(gone);
        assertThat(viewModel.folderProperty().get()).isEqualTo(gone);
        viewModel.save(saved::add);
        executor.runAll();
        assertThat(saved).isEmpty();
        assertThat(kept).isEmpty();
        assertThat(viewModel.problemBinding().get()).contains("cannot be written to");
        viewModel.useDefaultFolder();
        assertThat(viewModel.problemBinding().get()).isEmpty();
    }
}
