package org.liaisonlog.gui.security;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Messages;

/**
 * For a new catalogue, in place of the window's content: protect it with a password (typed twice)
 * or go on without one. Says plainly that a forgotten password cannot be recovered.
 */
public final class NewPassphrasePane extends VBox {

    private final PasswordField first = new PasswordField();

    /**
     * @param chosen gets the password chosen, or null for "No password"
     */
    public NewPassphrasePane(NewPassphraseViewModel viewModel, Messages messages, Consumer<char[]> chosen) {
        getStyleClass().add("passphrase-pane");
        setId("newPasswordPane");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Label title = new Label(messages.get("password.new.heading"));
        title.getStyleClass().add("passphrase-heading");
        Label why = new Label(messages.get("password.new.explanation"));
        why.setWrapText(true);
        why.setMaxWidth(480);
        first.setId("newPasswordField");
        first.textProperty().bindBidirectional(viewModel.passphraseProperty());
        PasswordField second = new PasswordField();
        second.setId("repeatPasswordField");
        second.textProperty().bindBidirectional(viewModel.repeatedProperty());
        GridPane fields = new GridPane();
        fields.getStyleClass().add("form");
        fields.setAlignment(Pos.CENTER);
        fields.addRow(0, new Label(messages.get("password.new.field")), first);
        fields.addRow(1, new Label(messages.get("password.new.repeat")), second);
        Label problem = new Label();
        problem.setId("newPasswordProblem");
        problem.getStyleClass().add("field-error-text");
        problem.textProperty().bind(viewModel.problemBinding());
        Button protect = new Button(messages.get("password.new.protect"));
        protect.setId("protectButton");
        protect.setDefaultButton(true);
        protect.disableProperty().bind(viewModel.acceptableBinding().not());
        protect.setOnAction(e -> {
            char[] password = viewModel.take();
            if (password != null) {
                chosen.accept(password);
            }
        });
        Button none = new Button(messages.get("password.new.none"));
        none.setId("noPasswordButton");
        none.setOnAction(e -> chosen.accept(null));
        HBox buttons = new HBox(8, protect, none);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, why, fields, problem, buttons);
    }

    /** Puts the cursor in the first field (once the pane is in a scene). */
    public void focus() {
        first.requestFocus();
    }
}
