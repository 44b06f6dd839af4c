package org.liaisonlog.gui.merge;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.liaisonlog.gui.util.FilteredChoiceDialog;
import org.liaisonlog.gui.util.Messages;

/**
 * Picks the record to merge a duplicate into: a field to type in, and the candidates it
 * narrows as typed, with close spellings of the duplicate's name first and marked.
 */
public final class MergeIntoDialog {

    private MergeIntoDialog() {
    }

    public static Optional<MergeTarget> choose(Window owner, Messages messages, String fromName,
                                               List<MergeTarget> candidates) {
        Label hint = new Label(messages.get("merge.hint"));
        hint.setWrapText(true);
        return new FilteredChoiceDialog<MergeTarget>(messages, "mergeInto")
                .header(messages.format("merge.title", fromName))
                .chooseLabel(messages.get("merge.choose"))
                .filterPrompt(messages.get("merge.filterPrompt"))
                .above(hint)
                .width(480)
                .filter(text -> target -> target.matches(text))
                .cell((cell, item) -> {
                    cell.setText(item.close() ? messages.format("merge.closeSpelling", item.name()) : item.name());
                    cell.setTooltip(item.otherNames().isEmpty() ? null
                            : new Tooltip(String.join("\n", item.otherNames())));
                })
                .choose(owner, candidates);
    }
}
