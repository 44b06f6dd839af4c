package org.liaisonlog.gui.backup;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.backup.BackupInfo;

/**
 * The window of File › Restore from backup…: the backups in a table (made, size, records,
 * verified, encrypted), newest first; the password field when the backup chosen is encrypted;
 * Restore (enabled once a backup is chosen) and Cancel.
 */
public final class RestoreDialog extends Dialog<Void> {

    private final java.text.NumberFormat numbers;

    public RestoreDialog(RestoreViewModel viewModel, Messages messages, Window owner,
                         Consumer<RestoreViewModel.Request> restorer) {
        numbers = java.text.NumberFormat.getIntegerInstance(messages.locale());
        initOwner(owner);
        setTitle(messages.get("restore.title"));
        setHeaderText(messages.get("restore.header"));
        setResizable(true);
        TableView<BackupInfo> table = new TableView<>(viewModel.backups());
        table.setId("backupsTable");
        table.setPlaceholder(new Label(messages.get("restore.none")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(messages.get("backup.column.date"), viewModel::madeAt, 150));
        table.getColumns().add(column(messages.get("backup.column.size"), viewModel::size, 80));
        table.getColumns().add(column(messages.get("backup.column.events"), b -> count(b.counts().events()), 95));
        table.getColumns().add(column(messages.get("backup.column.people"), b -> count(b.counts().people()), 70));
        table.getColumns().add(column(messages.get("backup.column.organisations"),
                b -> count(b.counts().organisations()), 100));
        table.getColumns().add(column(messages.get("backup.column.trips"), b -> count(b.counts().trips()), 60));
        table.getColumns().add(column(messages.get("backup.column.attendance"), b -> count(b.counts().attendance()),
                110));
        table.getColumns().add(column(messages.get("backup.column.verified"), viewModel::verified, 100));
        table.getColumns().add(column(messages.get("restore.column.encrypted"), viewModel::encrypted, 110));
        table.setPrefSize(920, 300);
        viewModel.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());

        PasswordField password = new PasswordField();
        password.setId("restorePasswordField");
        password.setPrefWidth(320);
        password.setMaxWidth(320);
        password.textProperty().bindBidirectional(viewModel.passwordProperty());
        Label passwordLabel = new Label(messages.get("restore.password"));
        passwordLabel.setWrapText(true);
        VBox passwordBox = new VBox(6, passwordLabel, password);
        passwordBox.visibleProperty().bind(viewModel.needsPasswordBinding());
        passwordBox.managedProperty().bind(passwordBox.visibleProperty());
        Label error = new Label();
        error.setId("restoreError");
        error.getStyleClass().add("field-error-text");
        error.textProperty().bind(viewModel.errorProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(20, 20);
        progress.visibleProperty().bind(viewModel.busyProperty());
        HBox status = new HBox(8, progress, error);
        status.setAlignment(Pos.CENTER_LEFT);
        Label kept = new Label(messages.get("restore.explanation"));
        kept.setWrapText(true);
        VBox content = new VBox(10, table, kept, passwordBox, status);
        content.setId("restoreDialog");
        getDialogPane().setContent(content);

        ButtonType restore = new ButtonType(messages.get("restore.button"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(restore, cancel);
        Button restoreButton = (Button) getDialogPane().lookupButton(restore);
        restoreButton.setId("restoreButton");
        restoreButton.disableProperty().bind(viewModel.canRestoreBinding().not());
        // the dialog stays open until the restore is confirmed and its password accepted
        restoreButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            viewModel.restore(request -> {
                setResult(null);
                close();
                restorer.accept(request);
            });
        });
        setResultConverter(button -> null);
        Styles.apply(getDialogPane());
        viewModel.load();
    }

    private String count(long n) {
        return numbers.format(n);
    }

    private static TableColumn<BackupInfo, String> column(String title, Function<BackupInfo, String> text,
                                                          double width) {
        TableColumn<BackupInfo, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
