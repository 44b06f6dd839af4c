package org.liaisonlog.gui.report;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.liaisonlog.gui.util.PageImage;
import org.liaisonlog.gui.util.PagePrinter;

/**
 * The pages of a PDF as images, rendered with PDFBox: the preview shows exactly the file that
 * is saved, and the printer gets the same pages, rendered finer. Slow work: called on the task
 * executor's thread, never on the FX thread.
 */
final class PdfPages {

    private PdfPages() {
    }

    /** The first pages of a PDF as images, and how many pages it has in all. */
    record Rendered(int pageCount, List<PageImage> pages) {
    }

    /** The first {@code limit} pages at {@code dotsPerInch}; {@code check} runs before each and may throw to stop. */
    static Rendered render(byte[] pdf, float dotsPerInch, int limit, Runnable check) throws IOException {
        List<PageImage> pages = new ArrayList<>();
        int count = each(pdf, dotsPerInch, limit, check, pages::add);
        return new Rendered(count, pages);
    }

    /**
     * Renders the pages one by one, each handed over before the next is made, so memory stays at one page.
     *
     * @return how many pages the PDF has in all
     */
    static int each(byte[] pdf, float dotsPerInch, int limit, Runnable check, Consumer<PageImage> sink)
            throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int pages = Math.min(limit, document.getNumberOfPages());
            for (int i = 0; i < pages; i++) {
                check.run();
                sink.accept(image(renderer.renderImageWithDPI(i, dotsPerInch, ImageType.RGB), dotsPerInch));
            }
            return document.getNumberOfPages();
        }
    }

    /**
     * Sends every page to the printer, then finishes the job; the job is cancelled when anything fails.
     *
     * @return how many pages were sent
     */
    static int print(byte[] pdf, float dotsPerInch, PagePrinter printer, Runnable check) throws IOException {
        try {
            int[] sent = {0};
            each(pdf, dotsPerInch, Integer.MAX_VALUE, check, page -> {
                if (!printer.print(page)) {
                    throw new IllegalStateException("the printer refused page " + (sent[0] + 1));
                }
                sent[0]++;
            });
            if (!printer.finish()) {
                throw new IllegalStateException("the printer did not take the job");
            }
            return sent[0];
        } catch (IOException | RuntimeException | Error e) {
            printer.cancel();
            throw e;
        }
    }

    /** The rendered page's pixels, made opaque (an RGB image has no alpha; ARGB reads none as transparent). */
    private static PageImage image(BufferedImage rendered, float dotsPerInch) {
        int width = rendered.getWidth();
        int height = rendered.getHeight();
        int[] pixels = rendered.getType() == BufferedImage.TYPE_INT_RGB
                ? ((DataBufferInt) rendered.getRaster().getDataBuffer()).getData()
                : rendered.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] |= 0xFF000000;
        }
        return new PageImage(width, height, pixels, dotsPerInch);
    }
}
