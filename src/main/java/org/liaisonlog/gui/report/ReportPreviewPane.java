package org.liaisonlog.gui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.PageImage;

/**
 * The right side of the reports screen: the report's pages as they will print, one under the
 * other, with their count and a zoom; Print, Save as PDF and Save as CSV; progress and Cancel
 * while a report is being made.
 */
final class ReportPreviewPane extends BorderPane {

    /** Room beside a page: its shadow, the cell's padding and a vertical scroll bar. */
    private static final double PAGE_MARGIN = 48;

    private final ReportsViewModel viewModel;
    private final Messages messages;
    private boolean zoomChosen;

    ReportPreviewPane(ReportsViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        getStyleClass().add("report-preview");
        setTop(new VBox(toolbar(), statusLine()));
        setCenter(pages());
    }

    private HBox toolbar() {
        BooleanBinding nothingToOutput = viewModel.pageCountProperty().isEqualTo(0).or(viewModel.busyProperty());
        Button print = button("reportPrintButton", "reports.print", "reports.printTooltip", viewModel::print);
        Button pdf = button("reportSavePdfButton", "reports.savePdf", "reports.savePdfTooltip", viewModel::savePdf);
        Button csv = button("reportSaveCsvButton", "reports.saveCsv", "reports.saveCsvTooltip", viewModel::saveCsv);
        print.disableProperty().bind(nothingToOutput);
        pdf.disableProperty().bind(nothingToOutput);
        csv.disableProperty().bind(nothingToOutput);
        Button zoomOut = button("reportZoomOut", null, "reports.zoomOut", () -> {
            zoomChosen = true;
            viewModel.zoomOut();
        });
        zoomOut.setText("−");
        Button zoomIn = button("reportZoomIn", null, "reports.zoomIn", () -> {
            zoomChosen = true;
            viewModel.zoomIn();
        });
        zoomIn.setText("+");
        Label zoom = new Label();
        zoom.setId("reportZoom");
        zoom.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format("reports.zoom", viewModel.zoomPercentProperty().get()),
                viewModel.zoomPercentProperty()));
        Label count = new Label();
        count.setId("reportPageCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> viewModel.pageCountProperty().get() == 0 ? ""
                : messages.format("reports.pageCount", viewModel.pageCountProperty().get()),
                viewModel.pageCountProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, print, pdf, csv, spacer, count, new Separator(javafx.geometry.Orientation.VERTICAL),
                zoomOut, zoom, zoomIn);
        bar.getStyleClass().add("screen-toolbar");
        bar.setPadding(new Insets(8));
        return bar;
    }

    private HBox statusLine() {
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("reportProgress");
        progress.setPrefSize(18, 18);
        progress.visibleProperty().bind(viewModel.busyProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label status = new Label();
        status.setId("reportStatus");
        status.textProperty().bind(Bindings.when(viewModel.outdatedProperty().and(viewModel.busyProperty().not()))
                .then(messages.get("reports.outdated")).otherwise(viewModel.statusProperty()));
        Button cancel = button("reportCancelButton", "action.cancel", "reports.cancelTooltip", viewModel::cancel);
        cancel.visibleProperty().bind(viewModel.busyProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        HBox line = new HBox(8, progress, status, cancel);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setPadding(new Insets(0, 8, 6, 8));
        line.getStyleClass().add("report-status");
        BooleanBinding empty = status.textProperty().isEmpty().and(viewModel.busyProperty().not());
        line.visibleProperty().bind(empty.not());
        line.managedProperty().bind(line.visibleProperty());
        return line;
    }

    private ListView<PageImage> pages() {
        ListView<PageImage> list = new ListView<>(viewModel.pages());
        list.setId("reportPages");
        list.getStyleClass().add("report-pages");
        list.setFocusTraversable(false);
        Label placeholder = new Label(messages.get("reports.previewPlaceholder"));
        placeholder.setWrapText(true);
        list.setPlaceholder(placeholder);
        list.setCellFactory(v -> new PageCell());
        // The first preview fits the pages to the width shown; after that the zoom is the user's.
        viewModel.pages().addListener((javafx.collections.ListChangeListener<PageImage>) c -> {
            if (!zoomChosen && !viewModel.pages().isEmpty() && list.getWidth() > 0) {
                double room = list.getWidth() - PAGE_MARGIN;
                viewModel.zoomTo((int) Math.min(100, Math.floor(room * 100 / viewModel.pages().get(0).width())));
            }
        });
        return list;
    }

    private Button button(String id, String textKey, String tooltipKey, Runnable action) {
        Button button = new Button(textKey == null ? "" : messages.get(textKey));
        button.setId(id);
        button.setTooltip(new Tooltip(messages.get(tooltipKey)));
        button.setOnAction(e -> action.run());
        return button;
    }

    /** A page as an image, its width following the zoom; the image is made only when the cell's page changes. */
    private final class PageCell extends ListCell<PageImage> {

        private final ImageView view = new ImageView();
        private PageImage shown;

        PageCell() {
            view.setPreserveRatio(true);
            view.setSmooth(true);
            getStyleClass().add("report-page-cell");
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(PageImage page, boolean empty) {
            super.updateItem(page, empty);
            if (empty || page == null) {
                shown = null;
                view.fitWidthProperty().unbind();
                view.setImage(null);
                setGraphic(null);
                return;
            }
            if (page != shown) {
                shown = page;
                view.setImage(page.toFxImage());
                view.fitWidthProperty().bind(viewModel.zoomPercentProperty().multiply(page.width() / 100.0));
            }
            view.getStyleClass().setAll("report-page");
            setGraphic(view);
        }
    }
}
