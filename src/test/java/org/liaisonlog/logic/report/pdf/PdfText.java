package org.liaisonlog.logic.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back with PDFBox: its text page by page, and the fonts it uses. */
final class PdfText implements AutoCloseable {

    private final PDDocument pdf;

    PdfText(byte[] bytes) {
        try {
            pdf = Loader.loadPDF(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument document() {
        return pdf;
    }

    int pages() {
        return pdf.getNumberOfPages();
    }

    /** The text of page {@code page}, counting from 1. */
    String page(int page) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> pageTexts() {
        List<String> texts = new ArrayList<>();
        for (int i = 1; i <= pages(); i++) {
            texts.add(page(i));
        }
        return texts;
    }

    /** Every font of every page, including those of the forms drawn on it (the page numbers). */
    List<PDFont> fonts() {
        List<PDFont> fonts = new ArrayList<>();
        for (var page : pdf.getPages()) {
            collect(page.getResources(), fonts, 0);
        }
        return fonts;
    }

    private static void collect(PDResources resources, List<PDFont> fonts, int depth) {
        if (resources == null || depth > 5) {
            return;
        }
        try {
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            for (COSName name : resources.getXObjectNames()) {
                PDXObject object = resources.getXObject(name);
                if (object instanceof PDFormXObject form) {
                    collect(form.getResources(), fonts, depth + 1);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        pdf.close();
    }
}
