package org.liaisonlog.gui.util;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Remembering a table's columns: their order and which are shown, by column id. */
public final class TableColumns {

    private TableColumns() {
    }

    /** The columns in order, hidden ones prefixed with "-". */
    public static List<String> state(TableView<?> table) {
        List<String> state = new ArrayList<>();
        for (TableColumn<?, ?> column : table.getColumns()) {
            if (column.getId() != null) {
                state.add((column.isVisible() ? "" : "-") + column.getId());
            }
        }
        return state;
    }

    /** Reorders and shows or hides the columns as {@link #state} gave them; unknown ids are ignored. */
    public static <S> void restore(TableView<S> table, List<String> state) {
        List<TableColumn<S, ?>> ordered = new ArrayList<>();
        for (String entry : state) {
            boolean hidden = entry.startsWith("-");
            String id = hidden ? entry.substring(1) : entry;
            for (TableColumn<S, ?> column : table.getColumns()) {
                if (id.equals(column.getId()) && !ordered.contains(column)) {
                    column.setVisible(!hidden);
                    ordered.add(column);
                }
            }
        }
        for (TableColumn<S, ?> column : table.getColumns()) {
            if (!ordered.contains(column)) {
                ordered.add(column);
            }
        }
        if (ordered.stream().noneMatch(TableColumn::isVisible) && !ordered.isEmpty()) {
            ordered.get(0).setVisible(true);
        }
        table.getColumns().setAll(ordered);
    }
}
