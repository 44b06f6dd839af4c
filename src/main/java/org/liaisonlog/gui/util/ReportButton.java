package org.liaisonlog.gui.util;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.Tooltip;

/** "Report…" in a record's editor, the same in every editor that offers it. */
public final class ReportButton {

    private ReportButton() {
    }

    /**
     * The button: shown only where the editor offers reports; disabled for a record never saved,
     * while saving, and while unsaved changes are invalid (the report asks to save them first).
     */
    public static Button of(Messages messages, String tooltipKey, boolean offered, boolean isNew,
                            BooleanExpression saving, BooleanExpression changed, BooleanExpression valid,
                            Runnable action) {
        Button report = new Button(messages.get("editor.report"));
        report.setId("editorReportButton");
        report.setTooltip(new Tooltip(messages.get(tooltipKey)));
        report.setVisible(offered);
        report.setManaged(offered);
        if (isNew) {
            report.setDisable(true);
        } else {
            report.disableProperty().bind(saving.or(changed.and(valid.not())));
        }
        report.setOnAction(e -> action.run());
        ButtonBar.setButtonData(report, ButtonBar.ButtonData.LEFT);
        return report;
    }
}
