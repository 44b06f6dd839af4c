package org.liaisonlog.logic.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The look of a printed report: Liberation Sans (Latin and Cyrillic, embedded as a subset with
 * Identity-H encoding), modest sizes, black text and grey rules.
 *
 * <p>The TrueType files come from the openpdf-fonts-extra jar. They are parsed once per run of the
 * program; a parsed {@link BaseFont} may serve several documents at the same time (each writer keeps
 * its own record of the glyphs it used, from which it embeds the subset).
 */
final class PdfStyle {

    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0x99, 0x99, 0x99);
    static final Color HAIRLINE = new Color(0xd2, 0xd2, 0xd2);
    static final Color HEADER_FILL = new Color(0xe8, 0xe8, 0xe8);
    static final Color GROUP_FILL = new Color(0xf0, 0xf0, 0xf0);
    static final Color SUBGROUP_FILL = new Color(0xf7, 0xf7, 0xf7);

    static final float TITLE_SIZE = 16f;
    static final float SUBTITLE_SIZE = 11f;
    static final float HEADING_SIZE = 12f;
    static final float BODY_SIZE = 10.5f;
    static final float TABLE_SIZE = 10f;
    static final float TABLE_HEADER_SIZE = 9f;
    static final float PAGE_FRAME_SIZE = 8.5f;

    /** How far one step of indentation moves a cell's text in (points). */
    static final float INDENT_STEP = 12f;

    final Font title = font(Fonts.BOLD, TITLE_SIZE, TEXT);
    final Font subtitle = font(Fonts.REGULAR, SUBTITLE_SIZE, TEXT);
    final Font heading = font(Fonts.BOLD, HEADING_SIZE, TEXT);
    final Font body = font(Fonts.REGULAR, BODY_SIZE, TEXT);
    final Font label = font(Fonts.REGULAR, BODY_SIZE, MUTED);
    final Font cell = font(Fonts.REGULAR, TABLE_SIZE, TEXT);
    final Font cellBold = font(Fonts.BOLD, TABLE_SIZE, TEXT);
    final Font columnHeader = font(Fonts.BOLD, TABLE_HEADER_SIZE, TEXT);
    final Font pageFrame = font(Fonts.REGULAR, PAGE_FRAME_SIZE, MUTED);

    BaseFont regular() {
        return Fonts.REGULAR;
    }

    BaseFont bold() {
        return Fonts.BOLD;
    }

    private static Font font(BaseFont base, float size, Color color) {
        return new Font(base, size, Font.NORMAL, color);
    }

    /** The fonts, loaded when first needed. */
    private static final class Fonts {
        static final BaseFont REGULAR = load("LiberationSans-Regular.ttf");
        static final BaseFont BOLD = load("LiberationSans-Bold.ttf");

        private static BaseFont load(String file) {
            String resource = "/liberation/" + file;
            try (InputStream in = PdfStyle.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("The font " + resource + " is missing (openpdf-fonts-extra)");
                }
                return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(),
                        null);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not read the font " + resource, e);
            }
        }
    }
}
