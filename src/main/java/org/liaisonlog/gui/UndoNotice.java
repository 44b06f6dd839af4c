package org.liaisonlog.gui;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;

/**
 * The band under the menus right after a deletion: "Event … deleted", Undo and a close button.
 * An in-window band rather than a ControlsFX notification popup: it stays put, takes no focus
 * and behaves the same headless.
 */
final class UndoNotice extends HBox {

    UndoNotice(UndoStack undo, Messages messages) {
        super(8);
        setId("undoNotice");
        getStyleClass().add("undo-notice");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 8, 4, 8));
        Label text = new Label();
        text.setId("undoNoticeText");
        text.textProperty().bind(undo.noticeProperty());
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        Button undoButton = new Button(messages.get("undo.button"));
        undoButton.setId("undoButton");
        undoButton.setOnAction(e -> undo.undo());
        Button close = new Button("×");
        close.setId("undoNoticeClose");
        close.setOnAction(e -> undo.dismissNotice());
        getChildren().addAll(text, undoButton, close);
        visibleProperty().bind(undo.noticeProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }
}
