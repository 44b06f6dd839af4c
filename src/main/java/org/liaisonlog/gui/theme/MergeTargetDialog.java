package org.liaisonlog.gui.theme;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.stage.Window;
import org.liaisonlog.gui.util.FilteredChoiceDialog;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Names;

/** Chooses the theme to merge into: a list of the candidates, indented as in the tree, with a filter above it. */
final class MergeTargetDialog {

    private MergeTargetDialog() {
    }

    static Optional<ThemeNodeViewModel> choose(Window owner, Messages messages, String fromName,
                                               List<ThemeNodeViewModel> candidates) {
        return new FilteredChoiceDialog<ThemeNodeViewModel>(messages, "mergeTarget")
                .header(messages.format("theme.mergeTitle", fromName))
                .chooseLabel(messages.get("theme.mergeChoose"))
                .filterPrompt(messages.get("theme.mergeFilterPrompt"))
                .filter(text -> {
                    String[] words = Names.key(text).split(" ");
                    return node -> node.matches(words);
                })
                .cell((cell, item) -> {
                    cell.setText(item.name());
                    cell.setPadding(new Insets(2, 4, 2, 4 + 16 * item.depth()));
                })
                .choose(owner, candidates);
    }
}
