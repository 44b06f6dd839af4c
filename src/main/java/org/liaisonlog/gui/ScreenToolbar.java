package org.liaisonlog.gui;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.liaisonlog.gui.util.Messages;

/**
 * The toolbar of a screen with a filter (the record screens, themes): its commands on the left,
 * the filter on the right. The filter's texts come from the bundles under the screen's key
 * prefix ({@code keys.filterPrompt}, {@code keys.filterTooltip}); Escape empties it, Down goes to
 * the first line of what it filters.
 */
public final class ScreenToolbar {

    private ScreenToolbar() {
    }

    /** Sets up {@code filter}, bound both ways to {@code text}; {@code down} moves to the first line. */
    public static void setUpFilter(TextField filter, String id, Messages messages, String keys, StringProperty text,
                                   Runnable down) {
        filter.setId(id);
        filter.setPromptText(messages.get(keys + ".filterPrompt"));
        filter.setTooltip(new Tooltip(messages.get(keys + ".filterTooltip")));
        filter.setPrefColumnCount(28);
        filter.textProperty().bindBidirectional(text);
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                filter.clear();
            } else if (e.getCode() == KeyCode.DOWN) {
                down.run();
            }
        });
    }

    /** The bar: {@code commands} on the left, {@code filter} on the right. */
    public static HBox of(List<Node> commands, TextField filter) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        List<Node> nodes = new ArrayList<>(commands);
        nodes.add(spacer);
        nodes.add(filter);
        HBox bar = new HBox(8, nodes.toArray(Node[]::new));
        bar.getStyleClass().add("screen-toolbar");
        bar.setPadding(new Insets(8));
        return bar;
    }
}
