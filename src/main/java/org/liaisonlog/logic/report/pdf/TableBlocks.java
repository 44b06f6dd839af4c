package org.liaisonlog.logic.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.liaisonlog.logic.report.ReportBlock;
import org.liaisonlog.logic.report.ReportBlock.Cells;
import org.liaisonlog.logic.report.ReportBlock.GroupRow;
import org.liaisonlog.logic.report.ReportBlock.Row;
import org.liaisonlog.logic.report.ReportBlock.TotalRow;

/**
 * Lays out a report table: a shaded header row repeated on every page, group rows across the
 * table with their count on the right, ordinary rows over hairlines, a bold total.
 *
 * <p>A row is never split across pages unless it is taller than a whole page (then splitting is the
 * only way to print it all). Long tables go to the document in slices, which keeps memory flat and
 * gives the cancellation check its moments.
 */
final class TableBlocks {

    /** Rows laid out between two looks at the cancellation flag (and two flushes to the document). */
    static final int SLICE = 200;
    /** The height of a row someone will sign by hand. */
    static final float TALL_ROW = 30f;
    private static final float PAD_X = 4f;
    private static final float PAD_TOP = 3f;
    private static final float PAD_BOTTOM = 4.5f;
    private static final float LEADING = PdfStyle.TABLE_SIZE * 1.25f;
    /** A count or amount: digits, perhaps grouped with spaces ("1 204"). */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d[\\d \\u00a0\\u202f]*%?");

    private final PdfStyle style;
    private final Runnable cancellationCheck;

    /**
     * @param cancellationCheck run every {@link #SLICE} rows; throws to stop
     */
    TableBlocks(PdfStyle style, Runnable cancellationCheck) {
        this.style = style;
        this.cancellationCheck = cancellationCheck;
    }

    /**
     * @param width the width of the page's text area, which the table fills
     */
    void add(ReportBlock.Table table, Document document, float width) {
        List<ReportBlock.Column> columns = table.columns();
        boolean[] numeric = numericColumns(table);
        int indentColumn = indentColumn(numeric);
        float[] widths = ColumnWidths.of(table, width, style.regular(), style.bold(), PdfStyle.TABLE_SIZE,
                PdfStyle.TABLE_HEADER_SIZE, 2 * PAD_X + 1, indentColumn, PdfStyle.INDENT_STEP);
        PdfPTable pdf = new PdfPTable(widths);
        pdf.setWidthPercentage(100);
        // A table without rows still shows its header (OpenPDF prints nothing of a table of header rows only).
        pdf.setHeaderRows(table.rows().isEmpty() ? 0 : 1);
        pdf.setSplitLate(true);
        pdf.setSplitRows(true);
        pdf.setSpacingBefore(3f);
        pdf.setSpacingAfter(10f);
        pdf.setComplete(false);
        for (int i = 0; i < widths.length; i++) {
            pdf.addCell(headerCell(columns.get(i).header(), numeric[i], table.tallRows()));
        }
        int laidOut = 0;
        for (Row row : table.rows()) {
            if (row instanceof GroupRow group) {
                addGroup(pdf, group, widths.length, table.tallRows());
            } else if (row instanceof Cells cells) {
                addCells(pdf, cells, numeric, indentColumn, table.tallRows());
            } else if (row instanceof TotalRow total) {
                addTotal(pdf, total, widths.length);
            }
            if (++laidOut % SLICE == 0) {
                cancellationCheck.run();
                document.add(pdf);
            }
        }
        pdf.setComplete(true);
        document.add(pdf);
    }

    private PdfPCell headerCell(String text, boolean numeric, boolean grid) {
        PdfPCell cell = cell(text, style.columnHeader, PdfStyle.HEADER_FILL);
        cell.setBorder(grid ? Rectangle.BOX : Rectangle.TOP | Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.RULE);
        cell.setBorderWidth(0.75f);
        cell.setVerticalAlignment(Element.ALIGN_BOTTOM);
        if (numeric) {
            cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        return cell;
    }

    private void addGroup(PdfPTable pdf, GroupRow group, int columns, boolean grid) {
        Color fill = group.level() <= 0 ? PdfStyle.GROUP_FILL : PdfStyle.SUBGROUP_FILL;
        float indent = Math.max(0, group.level()) * PdfStyle.INDENT_STEP;
        PdfPCell text = ruled(cell(group.text(), style.cellBold, fill), grid);
        text.setPaddingLeft(PAD_X + indent);
        PdfPCell count = ruled(cell(group.count(), style.cellBold, fill), grid);
        count.setHorizontalAlignment(Element.ALIGN_RIGHT);
        addSpanning(pdf, text, count, columns);
    }

    private void addCells(PdfPTable pdf, Cells cells, boolean[] numeric, int indentColumn, boolean tall) {
        List<String> values = cells.values();
        for (int i = 0; i < values.size(); i++) {
            PdfPCell cell = ruled(cell(values.get(i), style.cell, null), tall);
            if (i == indentColumn && cells.indent() > 0) {
                cell.setPaddingLeft(PAD_X + cells.indent() * PdfStyle.INDENT_STEP);
            }
            if (numeric[i]) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            if (tall) {
                cell.setMinimumHeight(TALL_ROW);
                cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            }
            pdf.addCell(cell);
        }
    }

    private void addTotal(PdfPTable pdf, TotalRow total, int columns) {
        PdfPCell label = cell(total.label(), style.cellBold, null);
        PdfPCell value = cell(total.value(), style.cellBold, null);
        value.setHorizontalAlignment(Element.ALIGN_RIGHT);
        for (PdfPCell cell : List.of(label, value)) {
            cell.setBorder(Rectangle.TOP);
            cell.setBorderColor(PdfStyle.RULE);
            cell.setBorderWidth(0.75f);
            cell.setPaddingTop(PAD_TOP + 1.5f);
        }
        addSpanning(pdf, label, value, columns);
    }

    /** Text across all columns but the last, the figure in the last; one cell holding both if only one column. */
    private static void addSpanning(PdfPTable pdf, PdfPCell text, PdfPCell figure, int columns) {
        if (columns >= 2) {
            text.setColspan(columns - 1);
            pdf.addCell(text);
            pdf.addCell(figure);
            return;
        }
        PdfPTable inner = new PdfPTable(new float[] {4, 1});
        inner.setWidthPercentage(100);
        inner.addCell(text);
        inner.addCell(figure);
        PdfPCell holder = new PdfPCell(inner);
        holder.setBorder(Rectangle.NO_BORDER);
        holder.setPadding(0);
        pdf.addCell(holder);
    }

    private static PdfPCell cell(String text, Font font, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(LEADING, TextBlocks.clean(text), font));
        cell.setPaddingLeft(PAD_X);
        cell.setPaddingRight(PAD_X);
        cell.setPaddingTop(PAD_TOP);
        cell.setPaddingBottom(PAD_BOTTOM);
        cell.setBackgroundColor(fill);
        return cell;
    }

    /** A hairline under the cell, or all round it in a grid (sheets filled in by hand). */
    private static PdfPCell ruled(PdfPCell cell, boolean grid) {
        cell.setBorder(grid ? Rectangle.BOX : Rectangle.BOTTOM);
        cell.setBorderColor(PdfStyle.HAIRLINE);
        cell.setBorderWidth(0.5f);
        return cell;
    }

    /**
     * The column a row's indent moves in: the first, unless it holds numbers (a "No." column, blank
     * on the indented rows), then the first column of text after it.
     */
    static int indentColumn(boolean[] numeric) {
        for (int i = 0; i < numeric.length; i++) {
            if (!numeric[i]) {
                return i;
            }
        }
        return 0;
    }

    /** Columns whose every filled ordinary cell holds a number: they are right-aligned. */
    static boolean[] numericColumns(ReportBlock.Table table) {
        int n = table.columns().size();
        boolean[] numeric = new boolean[n];
        boolean[] seen = new boolean[n];
        Arrays.fill(numeric, true);
        for (Row row : table.rows()) {
            if (row instanceof Cells cells) {
                for (int i = 0; i < n; i++) {
                    String value = cells.values().get(i).strip();
                    if (!value.isEmpty()) {
                        seen[i] = true;
                        numeric[i] &= NUMBER.matcher(value).matches();
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            numeric[i] &= seen[i];
        }
        return numeric;
    }
}
