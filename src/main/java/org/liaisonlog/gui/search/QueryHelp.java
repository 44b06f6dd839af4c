package org.liaisonlog.gui.search;

import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;

/**
 * The "?" beside the search field: how to write a search — words, a quoted phrase, -word, OR,
 * and the field prefixes theme:, org:, country:, year:. Made when first asked for.
 */
final class QueryHelp {

    /** The examples, in order: the key of the description, then the key of the example. */
    static final String[][] EXAMPLES = {
            {"search.help.words", "search.help.wordsExample"},
            {"search.help.phrase", "search.help.phraseExample"},
            {"search.help.exclude", "search.help.excludeExample"},
            {"search.help.or", "search.help.orExample"},
            {"search.help.theme", "search.help.themeExample"},
            {"search.help.org", "search.help.orgExample"},
            {"search.help.country", "search.help.countryExample"},
            {"search.help.year", "search.help.yearExample"},
    };

    private final Messages messages;
    private Popup popup;

    QueryHelp(Messages messages) {
        this.messages = messages;
    }

    /** Shows the help under the node, or hides it when it is showing. */
    void toggle(Node anchor) {
        if (popup == null) {
            popup = new Popup();
            popup.setAutoHide(true);
            popup.setHideOnEscape(true);
            popup.getContent().add(content());
        }
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMaxX() - 520, bounds.getMaxY() + 4);
    }

    boolean isShowing() {
        return popup != null && popup.isShowing();
    }

    private VBox content() {
        Label title = new Label(messages.get("search.help.title"));
        title.getStyleClass().add("search-help-title");
        Label intro = new Label(messages.get("search.help.intro"));
        intro.setWrapText(true);
        GridPane grid = new GridPane();
        grid.getStyleClass().add("search-help-grid");
        grid.setHgap(14);
        grid.setVgap(6);
        int row = 0;
        for (String[] example : EXAMPLES) {
            Label code = new Label(messages.get(example[1]));
            code.getStyleClass().add("search-help-code");
            code.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            Label text = new Label(messages.get(example[0]));
            text.setWrapText(true);
            text.setMaxWidth(330);
            grid.addRow(row++, code, text);
        }
        Label keys = new Label(messages.get("search.help.keys"));
        keys.setWrapText(true);
        VBox box = new VBox(10, title, intro, grid, keys);
        box.setId("searchHelp");
        box.getStyleClass().add("search-help");
        box.setPadding(new Insets(14));
        box.setPrefWidth(520);
        Styles.apply(box);
        return box;
    }
}
