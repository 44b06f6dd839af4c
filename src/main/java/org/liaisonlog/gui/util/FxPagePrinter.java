package org.liaisonlog.gui.util;

import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.image.ImageView;

/**
 * Prints page images through a JavaFX {@link PrinterJob}: each page on the paper chosen in the
 * print dialog, turned to landscape for a wide page, scaled to the printable area. JavaFX lets
 * a job print from any thread; the image view printed is made for the page and never shown.
 */
final class FxPagePrinter implements PagePrinter {

    private final PrinterJob job;

    FxPagePrinter(PrinterJob job) {
        this.job = job;
    }

    @Override
    public boolean print(PageImage page) {
        Printer printer = job.getPrinter();
        PageLayout chosen = job.getJobSettings().getPageLayout();
        PageLayout layout = printer.createPageLayout(chosen.getPaper(),
                page.landscape() ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
                Printer.MarginType.HARDWARE_MINIMUM);
        double scale = Math.min(layout.getPrintableWidth() / page.width(), layout.getPrintableHeight() / page.height());
        ImageView view = new ImageView(page.toFxImage());
        view.setPreserveRatio(true);
        view.setSmooth(true);
        view.setFitWidth(page.width() * scale);
        return job.printPage(layout, view);
    }

    @Override
    public boolean finish() {
        return job.endJob();
    }

    @Override
    public void cancel() {
        job.cancelJob();
    }
}
