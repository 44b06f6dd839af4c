package org.liaisonlog.gui.report;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import org.liaisonlog.gui.ScreenView;
import org.liaisonlog.gui.util.Messages;

/** The reports screen: the choices on the left, the preview with print and save on the right. */
public final class ReportsView extends BorderPane implements ScreenView {

    private final ReportsViewModel viewModel;
    private final ReportOptionsPane options;

    public ReportsView(ReportsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.options = new ReportOptionsPane(viewModel, messages);
        getStyleClass().add("screen");
        setId("reportsScreen");
        ScrollPane scroll = new ScrollPane(options);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane left = new BorderPane(scroll);
        left.setBottom(options.previewButton());
        left.setPrefWidth(340);
        left.setMinWidth(300);
        setLeft(left);
        setCenter(new ReportPreviewPane(viewModel, messages));
    }

    @Override
    public Node node() {
        return this;
    }

    /** Reads the events and trips to choose from. */
    @Override
    public void load() {
        viewModel.loadTargets();
    }

    /** There is no new record on this screen: Ctrl+N does nothing here. */
    @Override
    public void newRecord() {
    }

    @Override
    public void focusFilter() {
        options.focusFilter();
    }
}
