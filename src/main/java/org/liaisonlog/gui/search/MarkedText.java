package org.liaisonlog.gui.search;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.liaisonlog.logic.search.Marked;
import org.liaisonlog.logic.search.Range;

/** A text with the words that matched shown marked (bold, in the accent colour). */
final class MarkedText {

    static final String MARK = "search-mark";

    private MarkedText() {
    }

    static TextFlow flow(Marked marked, String styleClass) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add(styleClass);
        flow.getChildren().setAll(pieces(marked));
        return flow;
    }

    /** The text cut at the marks: plain and marked pieces in turn; marks outside the text are ignored. */
    static List<Text> pieces(Marked marked) {
        String text = marked.text();
        List<Text> pieces = new ArrayList<>();
        int at = 0;
        for (Range range : marked.marks()) {
            int start = Math.max(at, Math.min(range.start(), text.length()));
            int end = Math.min(range.end(), text.length());
            if (end <= start) {
                continue;
            }
            if (start > at) {
                pieces.add(plain(text.substring(at, start)));
            }
            Text mark = plain(text.substring(start, end));
            mark.getStyleClass().add(MARK);
            pieces.add(mark);
            at = end;
        }
        if (at < text.length()) {
            pieces.add(plain(text.substring(at)));
        }
        return pieces;
    }

    private static Text plain(String text) {
        Text piece = new Text(text);
        piece.getStyleClass().add("search-text");
        return piece;
    }
}
