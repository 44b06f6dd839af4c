package org.liaisonlog.gui;

import java.util.List;
import javafx.scene.Node;

/** A screen of the main window (events, trips, people, …): what the window's commands act on. */
public interface ScreenView {

    /** The screen's content. */
    Node node();

    /** Reads the screen's data from the catalogue again, in the background. */
    void load();

    /** The screen is being shown: its data may have changed on other screens, so read it again. */
    default void shown() {
        load();
    }

    /** Ctrl+N: starts a new record of this screen's kind. */
    void newRecord();

    /** Ctrl+F: puts the cursor in the screen's filter. */
    void focusFilter();

    /** The screen's main table's columns in order, hidden ones prefixed with "-", to remember. */
    default List<String> columns() {
        return List.of();
    }

    /** Puts the columns back as {@link #columns()} gave them; unknown names are ignored. */
    default void restoreColumns(List<String> columns) {
    }
}
