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
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.logic.util.Failures;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * Asking for the catalogue's password: to open an encrypted catalogue, or to unlock the window.
 * The check (a slow key derivation, about half a second) runs in the background; a wrong
 * password says so, empties the field and lets the user try again, as often as they like.
 */
public final class PassphraseViewModel {

    /** What is done with a password typed: returns normally when it is right, else throws. */
    @FunctionalInterface
    public interface Check<T> {
        /**
         * @throws WrongPasswordException when the password is not the catalogue's
         */
        T accept(char[] passphrase);
    }

    private final Messages messages;
    private final TaskExecutor executor;
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSubmit;

    public PassphraseViewModel(Messages messages, TaskExecutor executor) {
        this.messages = messages;
        this.executor = executor;
        this.canSubmit = Bindings.createBooleanBinding(() -> !checking.get() && !passphrase.get().isEmpty(),
                checking, passphrase);
        passphrase.addListener((obs, old, now) -> {
            if (!now.isEmpty()) {
                error.set("");
            }
        });
    }

    /**
     * Checks the password typed with {@code check} in the background: {@code accepted} gets its
     * answer when right; a wrong one shows "Wrong password"; any other failure {@code failed}.
     */
    public <T> void submit(Check<T> check, Consumer<T> accepted, Consumer<Throwable> failed) {
        if (!canSubmit.get()) {
            return;
        }
        char[] typed = passphrase.get().toCharArray();
        checking.set(true);
        error.set("");
        executor.run(() -> {
            try {
                return check.accept(typed);
            } finally {
                Arrays.fill(typed, '\0');
            }
        }, answer -> {
            checking.set(false);
            passphrase.set("");
            accepted.accept(answer);
        }, failure -> {
            checking.set(false);
            passphrase.set("");
            if (Failures.causedBy(failure, WrongPasswordException.class)) {
                error.set(messages.get("error.wrongPassword"));
            } else {
                error.set(ErrorTexts.describe(failure, messages));
                failed.accept(failure);
            }
        });
    }


    public StringProperty passphraseProperty() {
        return passphrase;
    }

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
