package org.liaisonlog.gui.security;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * File › Encrypt…, Change password… and Remove password…: the current password (checked in the
 * background; "Wrong password" lets the user try again), the new one typed twice (at least
 * {@value NewPassphraseViewModel#MIN_LENGTH} characters), then a confirmation that says what
 * happens (a backup first; the catalogue closed, rewritten and opened again; for removing, that
 * the file will be readable by anyone who has the laptop). The rewrite itself is the program's.
 */
public final class PasswordChangeViewModel {

    /** Which change. */
    public enum Kind { ENCRYPT, CHANGE, REMOVE }

    /**
     * The change confirmed: the current password (null for ENCRYPT) and the new one (null for
     * REMOVE). The receiver wipes them.
     */
    public record Request(Kind kind, char[] current, char[] chosen) {
    }

    private final Kind kind;
    private final Locker.PasswordCheck check;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final StringProperty current = new SimpleStringProperty("");
    private final NewPassphraseViewModel chosen;
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSubmit;

    /**
     * @param check tells whether a password is the open catalogue's (slow: run in the background);
     *              not used for ENCRYPT
     */
    public PasswordChangeViewModel(Kind kind, Locker.PasswordCheck check, TaskExecutor executor,
                                   DialogService dialogs, Messages messages) {
        this.kind = kind;
        this.check = check;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.chosen = new NewPassphraseViewModel(messages);
        canSubmit = Bindings.createBooleanBinding(() -> !checking.get()
                        && (!asksCurrent() || !current.get().isEmpty())
                        && (!asksNew() || chosen.acceptableBinding().get()),
                checking, current, chosen.acceptableBinding());
        current.addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                error.set("");
            }
        });
    }

    /** True when the current password is asked (changing or removing it). */
    public boolean asksCurrent() {
        return kind != Kind.ENCRYPT;
    }

    /** True when a new password is asked (encrypting or changing it). */
    public boolean asksNew() {
        return kind != Kind.REMOVE;
    }

    /**
     * Checks the current password (when asked), asks to confirm, and hands the change to
     * {@code then}. A wrong password says so and empties its field; a change not confirmed
     * leaves the fields as they were.
     */
    public void submit(Consumer<Request> then) {
        if (!canSubmit.get()) {
            return;
        }
        if (!asksCurrent()) {
            confirm(null, then);
            return;
        }
        char[] typed = current.get().toCharArray();
        checking.set(true);
        error.set("");
        executor.run(() -> check.accepts(typed), right -> {
            checking.set(false);
            current.set("");
            if (right) {
                confirm(typed, then);
            } else {
                Arrays.fill(typed, '\0');
                error.set(messages.get("error.wrongPassword"));
            }
        }, failure -> {
            checking.set(false);
            Arrays.fill(typed, '\0');
            error.set(ErrorTexts.describe(failure, messages));
        });
    }

    private void confirm(char[] currentPassword, Consumer<Request> then) {
        if (!dialogs.confirm(heading(), messages.get(text("password.encrypt.confirm", "password.change.confirm",
                "password.remove.confirm")), button())) {
            if (currentPassword != null) {
                Arrays.fill(currentPassword, '\0');
            }
            return;
        }
        then.accept(new Request(kind, currentPassword, asksNew() ? chosen.take() : null));
    }

    /** The key of the text for this kind of change. */
    private String text(String encrypt, String change, String remove) {
        return switch (kind) {
            case ENCRYPT -> encrypt;
            case CHANGE -> change;
            case REMOVE -> remove;
        };
    }

    public Kind kind() {
        return kind;
    }

    public String heading() {
        return messages.get(text("password.encrypt.heading", "password.change.heading", "password.remove.heading"));
    }

    public String explanation() {
        return messages.get(text("password.encrypt.explanation", "password.change.explanation",
                "password.remove.explanation"));
    }

    public String button() {
        return messages.get(text("password.encrypt.button", "password.change.button", "password.remove.button"));
    }

    /** The current password, when asked. */
    public StringProperty currentProperty() {
        return current;
    }

    /** The new password typed twice, when asked. */
    public NewPassphraseViewModel chosen() {
        return chosen;
    }

    /** "Wrong password", or why the check failed; empty otherwise. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public BooleanBinding canSubmitBinding() {
        return canSubmit;
    }
}
