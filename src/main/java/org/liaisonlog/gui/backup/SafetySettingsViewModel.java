package org.liaisonlog.gui.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupSettings;
import org.liaisonlog.logic.settings.UserSettings;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * File › Backup and lock settings…: where backups go (a folder chosen, a USB stick say, or the
 * default beside the catalogue), how many are kept (1 to {@value BackupSettings#MAX_KEEP}) and
 * after how many idle minutes the window locks ({@value UserSettings#MIN_LOCK_MINUTES} to
 * {@value UserSettings#MAX_LOCK_MINUTES}; never "never": a catalogue with a password always
 * locks when left alone). What is wrong is said while typing; Save is enabled only when all is
 * right; the folder is checked (there, writable) when saving.
 */
public final class SafetySettingsViewModel {

    /** The settings as saved: {@code folder} null for the default one. */
    public record Choice(Path folder, int keep, int lockMinutes) {
    }

    /** Keeps the settings (in the catalogue and the user's settings; slow: runs in the background). */
    @FunctionalInterface
    public interface Saver {
        void save(Choice choice);
    }

    private final Path defaultFolder;
    private final Saver saver;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final StringProperty keep = new SimpleStringProperty("");
    private final StringProperty lockMinutes = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final StringBinding problem;
    private final BooleanBinding valid;
    private final StringBinding folderText;

    /**
     * @param chosenFolder the backup folder chosen now, or null for the default
     */
    public SafetySettingsViewModel(Path defaultFolder, Path chosenFolder, int keep, int lockMinutes, Saver saver,
                                   TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.defaultFolder = defaultFolder;
        this.saver = saver;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.folder.set(chosenFolder == null || chosenFolder.equals(defaultFolder) ? null : chosenFolder);
        this.keep.set(Integer.toString(keep));
        this.lockMinutes.set(Integer.toString(lockMinutes));
        problem = Bindings.createStringBinding(() -> {
            if (number(this.keep.get(), 1, BackupSettings.MAX_KEEP) == null) {
                return messages.format("safety.keep.invalid", 1, BackupSettings.MAX_KEEP);
            }
            if (number(this.lockMinutes.get(), UserSettings.MIN_LOCK_MINUTES, UserSettings.MAX_LOCK_MINUTES) == null) {
                return messages.format("safety.lock.invalid", UserSettings.MIN_LOCK_MINUTES,
                        UserSettings.MAX_LOCK_MINUTES);
            }
            return "";
        }, this.keep, this.lockMinutes);
        valid = Bindings.createBooleanBinding(() -> problem.get().isEmpty() && !saving.get(), problem, saving);
        folderText = Bindings.createStringBinding(() -> folder.get() == null
                ? messages.get("backup.folder.default") + " \u2014 " + defaultFolder
                : folder.get().toString(), folder);
        this.keep.addListener((obs, old, now) -> failure.set(""));
        this.lockMinutes.addListener((obs, old, now) -> failure.set(""));
        this.folder.addListener((obs, old, now) -> failure.set(""));
    }

    /** A whole number from {@code min} to {@code max}, or null. */
    private static Integer number(String text, int min, int max) {
        try {
            int n = Integer.parseInt(text.trim());
            return n >= min && n <= max ? n : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }

    /** Asks for a folder (the folder chooser); a folder chosen becomes the backup folder. */
    public void chooseFolder() {
        dialogs.chooseFolder(messages.get("backup.folder"), folder.get() == null ? defaultFolder : folder.get())
                .map(chosen -> chosen.toAbsolutePath().normalize())
                .ifPresent(chosen -> folder.set(chosen.equals(defaultFolder) ? null : chosen));
    }

    /** Goes back to the default backup folder beside the catalogue. */
    public void useDefaultFolder() {
        folder.set(null);
    }

    /**
     * Checks the folder chosen (it must be there and writable: a USB stick taken out is not) and
     * saves in the background; {@code saved} gets what was saved. Nothing while not valid.
     */
    public void save(Consumer<Choice> saved) {
        if (!valid.get()) {
            return;
        }
        Choice choice = new Choice(folder.get(), number(keep.get(), 1, BackupSettings.MAX_KEEP),
                number(lockMinutes.get(), UserSettings.MIN_LOCK_MINUTES, UserSettings.MAX_LOCK_MINUTES));
        saving.set(true);
        failure.set("");
        executor.run(() -> {
            if (choice.folder() != null && !(Files.isDirectory(choice.folder()) && Files.isWritable(choice.folder()))) {
                return Boolean.FALSE;
            }
            saver.save(choice);
            return Boolean.TRUE;
        }, done -> {
            saving.set(false);
            if (done) {
                saved.accept(choice);
            } else {
                failure.set(messages.get("safety.folder.unwritable"));
            }
        }, error -> {
            saving.set(false);
            failure.set(ErrorTexts.describe(error, messages));
        });
    }

    /** The backup folder chosen; null for the default. */
    public ObjectProperty<Path> folderProperty() {
        return folder;
    }

    /** The folder as shown: its path, or "Default (…)". */
    public StringBinding folderTextBinding() {
        return folderText;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public StringProperty lockMinutesProperty() {
        return lockMinutes;
    }

    /** What is wrong with the numbers typed, else why saving failed, else empty. */
    public StringBinding problemBinding() {
        return Bindings.createStringBinding(() -> problem.get().isEmpty() ? failure.get() : problem.get(),
                problem, failure);
    }

    public BooleanBinding validBinding() {
        return valid;
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }
}
