package org.liaisonlog.gui.merge;

import java.util.UUID;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;
import org.liaisonlog.gui.util.Messages;

/** The "Merge into…" toolbar button of a screen, enabled while a line is selected. */
public final class MergeButton {

    private MergeButton() {
    }

    /** A button that merges the selected record, whose id and name {@code selectedId}/{@code selectedName} give. */
    public static <R> Button create(String id, MergeViewModel viewModel, Messages messages, Supplier<Window> owner,
                                    ObservableValue<R> selection, java.util.function.Function<R, UUID> idOf,
                                    java.util.function.Function<R, String> nameOf) {
        viewModel.setTargetChooser((fromName, candidates) -> MergeIntoDialog.choose(owner.get(), messages, fromName,
                candidates));
        Button merge = new Button(messages.get("merge.button"));
        merge.setId(id);
        merge.setTooltip(new Tooltip(messages.get("merge.tooltip")));
        merge.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> selection.getValue() == null, selection));
        merge.setOnAction(e -> {
            R selected = selection.getValue();
            if (selected != null) {
                viewModel.merge(idOf.apply(selected), nameOf.apply(selected));
            }
        });
        return merge;
    }
}
