package org.liaisonlog.gui.security;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Messages;

/**
 * In place of the window's content: the fields of {@link PasswordChangeViewModel} (the current
 * password, the new one twice, as the change needs), what is wrong, the button and Cancel.
 */
public final class PasswordChangePane extends VBox {

    private final PasswordField first;

    /**
     * @param confirmed gets the change once confirmed
     * @param cancel    puts the window's content back
     */
    public PasswordChangePane(PasswordChangeViewModel viewModel, Messages messages,
                              Consumer<PasswordChangeViewModel.Request> confirmed, Runnable cancel) {
        getStyleClass().add("passphrase-pane");
        setId("passwordChangePane");
        setAlignment(Pos.CENTER);
        setSpacing(12);
        Label title = new Label(viewModel.heading());
        title.getStyleClass().add("passphrase-heading");
        Label why = new Label(viewModel.explanation());
        why.setWrapText(true);
        why.setMaxWidth(480);
        GridPane fields = new GridPane();
        fields.getStyleClass().add("form");
        fields.setAlignment(Pos.CENTER);
        int row = 0;
        PasswordField current = new PasswordField();
        current.setId("currentPasswordField");
        if (viewModel.asksCurrent()) {
            current.textProperty().bindBidirectional(viewModel.currentProperty());
            current.disableProperty().bind(viewModel.checkingProperty());
            fields.addRow(row++, new Label(messages.get("password.current.field")), current);
        }
        PasswordField chosen = new PasswordField();
        chosen.setId("newPasswordField");
        PasswordField repeated = new PasswordField();
        repeated.setId("repeatPasswordField");
        if (viewModel.asksNew()) {
            chosen.textProperty().bindBidirectional(viewModel.chosen().passphraseProperty());
            repeated.textProperty().bindBidirectional(viewModel.chosen().repeatedProperty());
            fields.addRow(row++, new Label(messages.get(viewModel.asksCurrent() ? "password.change.newField"
                    : "password.new.field")), chosen);
            fields.addRow(row, new Label(messages.get("password.new.repeat")), repeated);
        }
        first = viewModel.asksCurrent() ? current : chosen;
        // a wrong current password: the cursor goes back to its field for another try
        viewModel.errorProperty().addListener((obs, old, now) -> {
            if (!now.isEmpty() && viewModel.asksCurrent()) {
                current.requestFocus();
            }
        });
        Label problem = new Label();
        problem.setId("passwordChangeProblem");
        problem.getStyleClass().add("field-error-text");
        problem.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> !viewModel.errorProperty().get().isEmpty() ? viewModel.errorProperty().get()
                        : viewModel.chosen().problemBinding().get(),
                viewModel.errorProperty(), viewModel.chosen().problemBinding()));
        Button submit = new Button(viewModel.button());
        submit.setId("passwordChangeSubmit");
        submit.setDefaultButton(true);
        submit.disableProperty().bind(viewModel.canSubmitBinding().not());
        submit.setOnAction(e -> viewModel.submit(confirmed));
        Button back = new Button(messages.get("action.cancel"));
        back.setId("passwordChangeCancel");
        back.setCancelButton(true);
        back.setOnAction(e -> cancel.run());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(viewModel.checkingProperty());
        HBox buttons = new HBox(8, submit, back, progress);
        buttons.setAlignment(Pos.CENTER);
        getChildren().addAll(title, why, fields, problem, buttons);
    }

    /** Puts the cursor in the first field (once the pane is in a scene). */
    public void focus() {
        first.requestFocus();
    }
}
