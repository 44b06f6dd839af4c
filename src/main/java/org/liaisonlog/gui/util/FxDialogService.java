package org.liaisonlog.gui.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** Shows the program's dialogs as JavaFX alerts over the main window. */
public final class FxDialogService implements DialogService {

    private final Messages messages;
    private Window owner;

    public FxDialogService(Messages messages) {
        this.messages = messages;
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    @Override
    public boolean confirm(String header, String content, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("action.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = alert(Alert.AlertType.CONFIRMATION, header, content, List.of(confirm, cancel));
        // The safe choice is the default: Enter cancels a destructive action.
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(confirm)).setDefaultButton(false);
        ((javafx.scene.control.Button) alert.getDialogPane().lookupButton(cancel)).setDefaultButton(true);
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

    private Alert alert(Alert.AlertType type, String header, String content, List<ButtonType> buttons) {
        Alert alert = new Alert(type, content, buttons.toArray(ButtonType[]::new));
        alert.setTitle(messages.get("app.title"));
        alert.setHeaderText(header);
        Styles.apply(alert.getDialogPane());
        Window parent = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(owner);
        if (parent != null) {
            alert.initOwner(parent);
        }
        return alert;
    }
}
