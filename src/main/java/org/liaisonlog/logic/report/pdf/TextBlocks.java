package org.liaisonlog.logic.report.pdf;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import org.liaisonlog.logic.report.ReportBlock;

/** Lays out the report's title and its text blocks: headings, paragraphs and label–value facts. */
final class TextBlocks {

    /** The leading of running text, as a multiple of the font size. */
    private static final float LEADING = 1.35f;
    /** The facts' label column takes at least and at most this share of the width. */
    private static final float MIN_LABEL_SHARE = 0.18f;
    private static final float MAX_LABEL_SHARE = 0.40f;
    private static final float LABEL_GAP = 14f;

    private final PdfStyle style;

    TextBlocks(PdfStyle style) {
        this.style = style;
    }

    /** The first page's title and the subtitle lines under it, over a grey rule. */
    PdfPTable title(String title, List<String> subtitle) {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(0);
        cell.setPaddingBottom(10f);
        Paragraph heading = new Paragraph(PdfStyle.TITLE_SIZE * 1.25f, clean(title), style.title);
        heading.setSpacingAfter(subtitle.isEmpty() ? 0f : 5f);
        cell.addElement(heading);
        for (String line : subtitle) {
            cell.addElement(new Paragraph(PdfStyle.SUBTITLE_SIZE * LEADING, clean(line), style.subtitle));
        }
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.setSpacingAfter(14f);
        block.addCell(cell);
        return block;
    }

    Paragraph heading(ReportBlock.Heading heading) {
        Paragraph p = new Paragraph(PdfStyle.HEADING_SIZE * 1.25f, clean(heading.text()), style.heading);
        p.setSpacingBefore(6f);
        p.setSpacingAfter(6f);
        p.setKeepTogether(true);
        return p;
    }

    /** Running text; its line breaks are kept. */
    Paragraph paragraph(ReportBlock.Paragraph paragraph) {
        Paragraph p = new Paragraph(PdfStyle.BODY_SIZE * LEADING, clean(paragraph.text()), style.body);
        p.setSpacingAfter(8f);
        return p;
    }

    /** Labels in a muted narrow column, values beside them; no borders. */
    PdfPTable facts(ReportBlock.Facts facts, float width) {
        float widest = 0;
        for (ReportBlock.Fact fact : facts.facts()) {
            widest = Math.max(widest, style.regular().getWidthPoint(fact.label(), PdfStyle.BODY_SIZE));
        }
        float share = Math.min(MAX_LABEL_SHARE, Math.max(MIN_LABEL_SHARE, (widest + LABEL_GAP) / width));
        PdfPTable table = new PdfPTable(new float[] {share, 1 - share});
        table.setWidthPercentage(100);
        table.setSpacingAfter(8f);
        for (ReportBlock.Fact fact : facts.facts()) {
            table.addCell(factCell(fact.label(), style.label));
            table.addCell(factCell(fact.value(), style.body));
        }
        return table;
    }

    private static PdfPCell factCell(String text, com.lowagie.text.Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(PdfStyle.BODY_SIZE * LEADING, clean(text), font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingRight(LABEL_GAP / 2);
        cell.setPaddingTop(1.5f);
        cell.setPaddingBottom(3f);
        return cell;
    }

    /** Line breaks as the PDF writer understands them ("\n" only); no other control characters. */
    static String clean(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ');
        StringBuilder kept = new StringBuilder(lines.length());
        for (int i = 0; i < lines.length(); i++) {
            char c = lines.charAt(i);
            if (c == '\n' || !Character.isISOControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
