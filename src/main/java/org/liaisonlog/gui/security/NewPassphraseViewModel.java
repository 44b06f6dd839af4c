package org.liaisonlog.gui.security;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisonlog.gui.util.Messages;

/**
 * Choosing a password: typed twice, at least {@value #MIN_LENGTH} characters. Says what is wrong
 * while typing; {@link #take()} gives the password once it is acceptable and empties the fields.
 */
public final class NewPassphraseViewModel {

    /** The shortest password accepted. */
    public static final int MIN_LENGTH = 8;

    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty repeated = new SimpleStringProperty("");
    private final StringBinding problem;
    private final BooleanBinding acceptable;

    public NewPassphraseViewModel(Messages messages) {
        problem = Bindings.createStringBinding(() -> {
            String typed = passphrase.get();
            if (typed.isEmpty()) {
                return "";
            }
            if (typed.length() < MIN_LENGTH) {
                return messages.format("password.tooShort", MIN_LENGTH);
            }
            if (!repeated.get().isEmpty() && !repeated.get().equals(typed)) {
                return messages.get("password.different");
            }
            return "";
        }, passphrase, repeated);
        acceptable = Bindings.createBooleanBinding(() -> passphrase.get().length() >= MIN_LENGTH
                && passphrase.get().equals(repeated.get()), passphrase, repeated);
    }

    /** The password chosen, and the fields emptied; null while it is not acceptable. */
    public char[] take() {
        if (!acceptable.get()) {
            return null;
        }
        char[] chosen = passphrase.get().toCharArray();
        passphrase.set("");
        repeated.set("");
        return chosen;
    }

    public StringProperty passphraseProperty() {
        return passphrase;
    }

    public StringProperty repeatedProperty() {
        return repeated;
    }

    /** What is wrong with the password typed, or empty. */
    public StringBinding problemBinding() {
        return problem;
    }

    public BooleanBinding acceptableBinding() {
        return acceptable;
    }
}
