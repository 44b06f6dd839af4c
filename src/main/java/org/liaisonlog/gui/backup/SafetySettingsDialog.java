package org.liaisonlog.gui.backup;

import java.util.function.Consumer;
import javafx.event.ActionEvent;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;

/** The window of {@link SafetySettingsViewModel}: backup folder, backups kept, idle minutes; Save and Cancel. */
public final class SafetySettingsDialog extends Dialog<Void> {

    /**
     * @param encrypted false: says that locking needs a password (File › Encrypt…)
     */
    public SafetySettingsDialog(SafetySettingsViewModel viewModel, Messages messages, Window owner, boolean encrypted,
                                Consumer<SafetySettingsViewModel.Choice> saved) {
        initOwner(owner);
        setTitle(messages.get("safety.title"));
        setHeaderText(messages.get("safety.header"));
        Label folder = new Label();
        folder.setId("backupFolderText");
        folder.setWrapText(true);
        folder.setMaxWidth(420);
        folder.textProperty().bind(viewModel.folderTextBinding());
        Button choose = new Button(messages.get("backup.folder.choose"));
        choose.setId("chooseBackupFolder");
        choose.setOnAction(e -> viewModel.chooseFolder());
        Button standard = new Button(messages.get("safety.folder.useDefault"));
        standard.setId("defaultBackupFolder");
        standard.disableProperty().bind(viewModel.folderProperty().isNull());
        standard.setOnAction(e -> viewModel.useDefaultFolder());
        TextField keep = new TextField();
        keep.setId("backupKeepField");
        keep.setPrefColumnCount(5);
        keep.setMaxWidth(Region.USE_PREF_SIZE);
        keep.textProperty().bindBidirectional(viewModel.keepProperty());
        TextField lock = new TextField();
        lock.setId("lockMinutesField");
        lock.setPrefColumnCount(5);
        lock.setMaxWidth(Region.USE_PREF_SIZE);
        lock.textProperty().bindBidirectional(viewModel.lockMinutesProperty());
        Label lockNote = new Label(messages.get(encrypted ? "safety.lock.note" : "safety.lock.noPassword"));
        lockNote.setWrapText(true);
        lockNote.setMaxWidth(420);
        GridPane form = new GridPane();
        form.getStyleClass().add("form");
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, top(new Label(messages.get("backup.folder"))), new VBox(6, folder, new HBox(8, choose, standard)));
        form.addRow(1, new Label(messages.get("backup.keep")), keep);
        form.addRow(2, top(new Label(messages.get("safety.lock"))), new VBox(4, lock, lockNote));
        Label problem = new Label();
        problem.setId("settingsProblem");
        problem.getStyleClass().add("field-error-text");
        problem.textProperty().bind(viewModel.problemBinding());
        VBox content = new VBox(12, form, problem);
        content.setId("safetySettings");
        getDialogPane().setContent(content);
        ButtonType save = new ButtonType(messages.get("safety.save"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(save, cancel);
        Button saveButton = (Button) getDialogPane().lookupButton(save);
        saveButton.setId("saveSettingsButton");
        saveButton.disableProperty().bind(viewModel.validBinding().not());
        // the dialog stays open until the settings are saved (the folder may be refused)
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.save(choice -> {
                setResult(null);
                close();
                saved.accept(choice);
            });
        });
        setResultConverter(button -> null);
        Styles.apply(getDialogPane());
    }

    /** A label set at the top of its row, beside a field with lines under it. */
    private static Label top(Label label) {
        GridPane.setValignment(label, VPos.TOP);
        label.setPadding(new javafx.geometry.Insets(4, 0, 0, 0));
        return label;
    }
}
