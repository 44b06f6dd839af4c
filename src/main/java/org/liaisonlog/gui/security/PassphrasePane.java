package org.liaisonlog.gui.security;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * A password asked for in place of the window's content: a heading, a line saying why, the
 * field, the button and, under them, "Wrong password" or the check's progress. Enter submits.
 */
public final class PassphrasePane extends VBox {

    private final PasswordField field = new PasswordField();

    /**
     * @param submit what the button and Enter do (the caller runs the view model's submit with
     *               its own check)
     */
    public PassphrasePane(PassphraseViewModel viewModel, String heading, String explanation, String buttonText,
                          Runnable submit) {
        getStyleClass().add("passphrase-pane");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        setMaxWidth(Double.MAX_VALUE);
        Label title = new Label(heading);
        title.getStyleClass().add("passphrase-heading");
        Label why = new Label(explanation);
        why.setWrapText(true);
        why.setMaxWidth(420);
        field.setId("passphraseField");
        field.setMaxWidth(320);
        field.textProperty().bindBidirectional(viewModel.passphraseProperty());
        field.disableProperty().bind(viewModel.checkingProperty());
        field.setOnAction(e -> submit.run());
        Button button = new Button(buttonText);
        button.setId("passphraseSubmit");
        button.setDefaultButton(true);
        button.disableProperty().bind(viewModel.canSubmitBinding().not());
        button.setOnAction(e -> submit.run());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(viewModel.checkingProperty());
        HBox line = new HBox(8, field, button, progress);
        line.setAlignment(Pos.CENTER);
        Label error = new Label();
        error.setId("passphraseError");
        error.getStyleClass().add("field-error-text");
        error.textProperty().bind(viewModel.errorProperty());
        getChildren().addAll(title, why, line, error);
    }

    /** Puts the cursor in the field (once the pane is in a scene). */
    public void focus() {
        field.requestFocus();
    }
}
