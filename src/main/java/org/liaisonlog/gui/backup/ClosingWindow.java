package org.liaisonlog.gui.backup;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;

/**
 * A small modal window over the main one while the backup before closing runs: "Backing up
 * before closing…", and a button (or closing it) to quit without waiting.
 */
public final class ClosingWindow {

    private final Stage window = new Stage(StageStyle.UTILITY);

    public ClosingWindow(ClosingViewModel viewModel, Messages messages, Stage owner) {
        window.initOwner(owner);
        window.initModality(Modality.WINDOW_MODAL);
        window.setTitle(messages.get("app.title"));
        window.setResizable(false);
        Label what = new Label(messages.get("closing.backingUp"));
        what.setId("closingBackupText");
        Label why = new Label(messages.get("closing.backingUp.detail"));
        why.setWrapText(true);
        why.setMaxWidth(360);
        Button quit = new Button(messages.get("closing.quitNow"));
        quit.setId("quitWithoutBackup");
        quit.setOnAction(e -> viewModel.quitNow());
        VBox content = new VBox(12, new ProgressIndicator(), what, why, quit);
        content.setId("closingBackup");
        content.setAlignment(Pos.CENTER);
        content.setPadding(new Insets(20));
        Scene scene = new Scene(content, 420, 240);
        Styles.apply(scene);
        window.setScene(scene);
        window.setOnCloseRequest(e -> {
            e.consume();
            viewModel.quitNow();
        });
        viewModel.backingUpProperty().addListener((obs, was, now) -> {
            if (now) {
                window.show();
            } else {
                window.hide();
            }
        });
    }
}
