package org.liaisonlog.logic.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What every page carries besides the report: the title as a running header over a grey rule,
 * and "Page N of M" at the foot.
 *
 * <p>M is known only when the document closes, so each page's number goes into its own small
 * template (a form XObject) placed at the foot as the page ends and written once the total is
 * known. The whole line is written at that point, so it is right-aligned exactly, in any language.
 */
final class PageFrame extends PdfPageEventHelper {

    /** Distance from the top edge of the paper to the header's baseline. */
    static final float HEADER_BASELINE = 34f;
    /** Distance from the bottom edge of the paper to the footer's baseline. */
    static final float FOOTER_BASELINE = 30f;
    private static final float RULE_GAP = 5f;
    private static final String ELLIPSIS = "…";

    private final String title;
    private final PdfStyle style;
    private final BiFunction<Integer, Integer, String> pageNumbers;
    private final List<PdfTemplate> footers = new ArrayList<>();
    private String shownTitle;

    /**
     * @param pageNumbers makes "Page N of M" from N and M
     */
    PageFrame(String title, PdfStyle style, BiFunction<Integer, Integer, String> pageNumbers) {
        this.title = title.strip();
        this.style = style;
        this.pageNumbers = pageNumbers;
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte canvas = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float top = document.getPageSize().getHeight() - HEADER_BASELINE;

        if (shownTitle == null) {
            shownTitle = fitted(title, style.regular(), PdfStyle.PAGE_FRAME_SIZE, right - left);
        }
        ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(shownTitle, style.pageFrame), left, top, 0);
        canvas.saveState();
        canvas.setColorStroke(PdfStyle.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(left, top - RULE_GAP);
        canvas.lineTo(right, top - RULE_GAP);
        canvas.stroke();
        canvas.restoreState();

        float height = PdfStyle.PAGE_FRAME_SIZE * 2;
        PdfTemplate footer = canvas.createTemplate(right - left, height);
        canvas.addTemplate(footer, left, FOOTER_BASELINE - PdfStyle.PAGE_FRAME_SIZE / 2);
        footers.add(footer);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = footers.size();
        for (int i = 0; i < total; i++) {
            PdfTemplate footer = footers.get(i);
            Phrase text = new Phrase(pageNumbers.apply(i + 1, total), style.pageFrame);
            ColumnText.showTextAligned(footer, Element.ALIGN_RIGHT, text, footer.getWidth(),
                    PdfStyle.PAGE_FRAME_SIZE / 2, 0);
        }
    }

    /** The text, cut short with an ellipsis if it is wider than {@code width}. */
    static String fitted(String text, BaseFont font, float size, float width) {
        String line = text.replaceAll("\\s+", " ");
        if (font.getWidthPoint(line, size) <= width) {
            return line;
        }
        int end = line.length();
        while (end > 0 && font.getWidthPoint(line.substring(0, end).stripTrailing() + ELLIPSIS, size) > width) {
            end--;
        }
        return line.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
