package org.liaisonlog.gui.backup;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.RecordCounts;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.logic.util.Failures;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * File › Restore from backup…: the catalogue's backups (the chosen folder's and the default
 * one's), newest first; one chosen, confirmed (the current catalogue is kept aside, never
 * deleted) and, for an encrypted backup, its own password checked before anything is closed.
 * The restore itself is the program's: {@link #restore} hands it the backup and password.
 */
public final class RestoreViewModel {

    /** Checks an encrypted backup's password (slow); throws {@link WrongPasswordException} when wrong. */
    @FunctionalInterface
    public interface PasswordCheck {
        void check(BackupInfo backup, char[] passphrase);
    }

    /** The backup to restore, and its password (null for a backup without one; the receiver wipes it). */
    public record Request(BackupInfo backup, char[] password) {
    }

    private final Supplier<List<BackupInfo>> lister;
    private final PasswordCheck passwordCheck;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ObjectProperty<BackupInfo> selected = new SimpleObjectProperty<>();
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding needsPassword;
    private final BooleanBinding canRestore;

    /**
     * @param lister lists the backups (of every folder where they may be; slow: runs in the background)
     */
    public RestoreViewModel(Supplier<List<BackupInfo>> lister, PasswordCheck passwordCheck, TaskExecutor executor,
                            DialogService dialogs, Messages messages) {
        this.lister = lister;
        this.passwordCheck = passwordCheck;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        needsPassword = Bindings.createBooleanBinding(() -> selected.get() != null && selected.get().encrypted(),
                selected);
        canRestore = Bindings.createBooleanBinding(() -> !busy.get() && selected.get() != null
                && (!selected.get().encrypted() || !password.get().isEmpty()), busy, selected, password);
        selected.addListener((obs, old, now) -> {
            password.set("");
            error.set("");
        });
        password.addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                error.set("");
            }
        });
    }

    /** Reads the list of backups in the background. */
    public void load() {
        busy.set(true);
        executor.run(() -> newestFirst(lister.get()), found -> {
            busy.set(false);
            backups.setAll(found);
        }, failure -> {
            busy.set(false);
            error.set(ErrorTexts.describe(failure, messages));
        });
    }

    /** Each backup once (the chosen folder may be the default one), newest first. */
    private static List<BackupInfo> newestFirst(List<BackupInfo> found) {
        Map<Path, BackupInfo> unique = new LinkedHashMap<>();
        found.forEach(backup -> unique.putIfAbsent(backup.file().toAbsolutePath().normalize(), backup));
        return unique.values().stream().sorted(Comparator.comparing(BackupInfo::madeAt).reversed()).toList();
    }

    /**
     * Asks to confirm the restore of the backup chosen; checks its password in the background when
     * it is encrypted (a wrong one says "Wrong password" and lets the user try again); then hands
     * the request to {@code restorer}. Nothing happens while {@link #canRestoreBinding()} is false.
     */
    public void restore(Consumer<Request> restorer) {
        if (!canRestore.get()) {
            return;
        }
        BackupInfo backup = selected.get();
        String confirmation = messages.format("restore.confirm", BackupTexts.madeAt(backup, messages))
                + (backup.verified() ? "" : "\n\n" + messages.get("restore.unverified"));
        if (!dialogs.confirm(messages.get("restore.title"), confirmation, messages.get("restore.button"))) {
            return;
        }
        if (!backup.encrypted()) {
            restorer.accept(new Request(backup, null));
            return;
        }
        char[] typed = password.get().toCharArray();
        password.set("");
        busy.set(true);
        executor.run(() -> {
            passwordCheck.check(backup, typed);
            return Boolean.TRUE;
        }, right -> {
            busy.set(false);
            restorer.accept(new Request(backup, typed));
        }, failure -> {
            busy.set(false);
            Arrays.fill(typed, '\0');
            error.set(Failures.causedBy(failure, WrongPasswordException.class) ? messages.get("error.wrongPassword")
                    : ErrorTexts.describe(failure, messages));
        });
    }


    /** "1 204 events, 312 people, 95 organisations, 40 trips, 9 311 attendance lines". */
    public String counts(BackupInfo backup) {
        RecordCounts c = backup.counts();
        return messages.format("backup.done.counts", c.events(), c.attendance(), c.trips(), c.people(),
                c.organisations());
    }

    public String madeAt(BackupInfo backup) {
        return BackupTexts.madeAt(backup, messages);
    }

    public String size(BackupInfo backup) {
        return BackupTexts.size(backup.size(), messages);
    }

    public String verified(BackupInfo backup) {
        return messages.get(backup.verified() ? "backup.verified.yes" : "backup.verified.no");
    }

    public String encrypted(BackupInfo backup) {
        return messages.get(backup.encrypted() ? "restore.encrypted.yes" : "restore.encrypted.no");
    }

    public ObservableList<BackupInfo> backups() {
        return backups;
    }

    public ObjectProperty<BackupInfo> selectedProperty() {
        return selected;
    }

    /** The password of the backup chosen, when it is encrypted. */
    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanBinding needsPasswordBinding() {
        return needsPassword;
    }

    public BooleanBinding canRestoreBinding() {
        return canRestore;
    }

    /** "Wrong password", or why the list could not be read; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** True while the list is read or a password checked. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
