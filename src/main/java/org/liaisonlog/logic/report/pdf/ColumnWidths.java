package org.liaisonlog.logic.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.List;
import org.liaisonlog.logic.report.ReportBlock;
import org.liaisonlog.logic.report.ReportBlock.Cells;
import org.liaisonlog.logic.report.ReportBlock.Row;

/**
 * The widths of a table's columns on paper: the report's shares, widened where a column is too
 * narrow for its longest ordinary word ("Conference" must not break into "Conferenc / e"), the
 * room taken from columns that have some to spare. Words longer than {@link #LONGEST_WORD}
 * characters (addresses, long identifiers) do not count: they wrap anyway.
 */
final class ColumnWidths {

    static final int LONGEST_WORD = 24;

    private ColumnWidths() {
    }

    /**
     * @param width   the table's width in points
     * @param padding the horizontal padding of a cell, both sides together
     * @param indentColumn the column a row's indent moves in, by {@code step} points a step
     */
    static float[] of(ReportBlock.Table table, float width, BaseFont regular, BaseFont bold, float size,
            float headerSize, float padding, int indentColumn, float step) {
        List<ReportBlock.Column> columns = table.columns();
        int n = columns.size();
        float total = 0;
        for (ReportBlock.Column column : columns) {
            total += column.width();
        }
        float[] widths = new float[n];
        float[] needed = new float[n];
        for (int i = 0; i < n; i++) {
            widths[i] = columns.get(i).width() / total * width;
            needed[i] = longestWord(columns.get(i).header(), bold, headerSize) + padding;
        }
        for (Row row : table.rows()) {
            if (row instanceof Cells cells) {
                for (int i = 0; i < n; i++) {
                    float indent = i == indentColumn ? Math.max(0, cells.indent()) * step : 0;
                    needed[i] = Math.max(needed[i], longestWord(cells.values().get(i), regular, size) + padding + indent);
                }
            }
        }
        return fitted(widths, needed, width);
    }

    /** Widens the columns narrower than needed, taking from the others' spare room in proportion. */
    static float[] fitted(float[] widths, float[] needed, float width) {
        float missing = 0;
        float spare = 0;
        for (int i = 0; i < widths.length; i++) {
            float gap = needed[i] - widths[i];
            if (gap > 0) {
                missing += gap;
            } else {
                spare -= gap;
            }
        }
        if (missing == 0 || spare < missing) {
            return widths;
        }
        float[] result = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            float gap = needed[i] - widths[i];
            result[i] = gap > 0 ? needed[i] : widths[i] + gap / spare * missing;
        }
        return result;
    }

    private static float longestWord(String text, BaseFont font, float size) {
        float longest = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '-';
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                if (i - start <= LONGEST_WORD) {
                    longest = Math.max(longest, font.getWidthPoint(text.substring(start, i), size));
                }
                start = -1;
            }
        }
        return longest;
    }
}
