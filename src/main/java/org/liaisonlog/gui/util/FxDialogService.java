package org.liaisonlog.gui.util;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Platform;
import javafx.print.PrinterJob;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Shows the program's dialogs over the main window: JavaFX alerts, file choosers and the print dialog. */
public final class FxDialogService implements DialogService {

    /** The widest a question's header goes, in pixels, before it wraps. */
    static final double WIDEST = 640;

    private final Messages messages;
    private Window owner;
    private Path lastFolder;

    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String header, String content, String confirmLabel) {
        return confirm(header, content, confirmLabel, messages.get("action.cancel"));
    }

    @Override
    public boolean confirm(String header, String content, String confirmLabel, String keepLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(keepLabel, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, content, List.of(confirm, cancel));
        // The safe choice is the default and has the focus: Enter or Space cancels a destructive action.
        ((Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        Button safe = (Button) alert.getDialogPane().lookupButton(cancel);
        safe.setDefaultButton(true);
        alert.setOnShown(e -> Platform.runLater(safe::requestFocus));
        return alert.showAndWait().filter(confirm::equals).isPresent();
    }

    @Override
    public void showError(String header, String content) {
        ButtonType ok = new ButtonType(messages.get("action.ok"), ButtonBar.ButtonData.OK_DONE);
        alert(Alert.AlertType.ERROR, header, content, List.of(ok)).showAndWait();
    }

    @Override
    public Optional<Integer> choose(String header, String content, List<String> options) {
        List<ButtonType> buttons = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            buttons.add(new ButtonType(options.get(i), i == 0 ? ButtonBar.ButtonData.OK_DONE : ButtonBar.ButtonData.OTHER));
        }
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, content, buttons);
        return alert.showAndWait().map(buttons::indexOf).filter(i -> i >= 0);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String extension) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName + "." + extension);
        chooser.getExtensionFilters().add(
                new FileChooser.ExtensionFilter(extensionDescription + " (*." + extension + ")", "*." + extension));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showSaveDialog(parent());
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension)) {
            path = path.resolveSibling(path.getFileName() + "." + extension);
        }
        lastFolder = path.getParent();
        return Optional.of(path);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        javafx.stage.DirectoryChooser chooser = new javafx.stage.DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        File folder = chooser.showDialog(parent());
        return folder == null ? Optional.empty() : Optional.of(folder.toPath());
    }

    @Override
    public Optional<PagePrinter> choosePrinter(String jobName) {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            showError(messages.get("reports.noPrinter"), messages.get("reports.noPrinterDetail"));
            return Optional.empty();
        }
        job.getJobSettings().setJobName(jobName);
        if (!job.showPrintDialog(parent())) {
            job.cancelJob();
            return Optional.empty();
        }
        return Optional.of(new FxPagePrinter(job));
    }

    private Window parent() {
        return Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(owner);
    }

    private Alert alert(Alert.AlertType type, String header, String content, List<ButtonType> buttons) {
        Alert alert = new Alert(type, content, buttons.toArray(ButtonType[]::new));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        // A long header (two organisations' full names) wraps within a width that fits the screen.
        if (header != null && new Text(header).getLayoutBounds().getWidth() > WIDEST) {
            alert.getDialogPane().setPrefWidth(WIDEST);
        }
        Styles.apply(alert.getDialogPane());
        Window parent = parent();
        if (parent != null) {
            alert.initOwner(parent);
        }
        return alert;
    }
}
