package org.liaisonlog.gui.search;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextFlow;

/** A line of the results: a group's heading, or a record's title, detail and snippet with the matches marked. */
final class ResultCell extends ListCell<SearchItem> {

    static final String HEADING = "search-heading";
    static final String RESULT = "search-result";

    ResultCell(ListView<SearchItem> list) {
        // Wrap the texts to the list's width rather than widen the list.
        setPrefWidth(0);
        prefWidthProperty().bind(list.widthProperty().subtract(24));
    }

    @Override
    protected void updateItem(SearchItem item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().removeAll(HEADING, RESULT);
        setText(null);
        setGraphic(null);
        if (empty || item == null) {
            return;
        }
        if (item instanceof SearchItem.Heading heading) {
            getStyleClass().add(HEADING);
            setText(heading.text());
            return;
        }
        SearchItem.Hit hit = (SearchItem.Hit) item;
        getStyleClass().add(RESULT);
        VBox box = new VBox(2);
        TextFlow title = MarkedText.flow(hit.title(), "search-title");
        box.getChildren().add(title);
        if (!hit.detail().isEmpty()) {
            Label detail = new Label(hit.detail());
            detail.getStyleClass().add("search-detail");
            box.getChildren().add(detail);
        }
        if (!hit.snippet().isEmpty()) {
            box.getChildren().add(MarkedText.flow(hit.snippet(), "search-snippet"));
        }
        box.maxWidthProperty().bind(widthProperty().subtract(24));
        setGraphic(box);
    }
}
