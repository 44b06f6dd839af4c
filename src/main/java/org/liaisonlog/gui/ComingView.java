package org.liaisonlog.gui;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Messages;

/** A screen not built yet: says so plainly, and what the catalogue already holds for it. */
final class ComingView extends VBox {

    ComingView(Screen screen, Messages messages) {
        super(12);
        setAlignment(Pos.CENTER);
        getStyleClass().add("coming");
        Label title = new Label(messages.of(screen));
        title.getStyleClass().add("coming-title");
        Label text = new Label(messages.get("screen.coming"));
        text.setWrapText(true);
        getChildren().addAll(title, text);
    }
}
