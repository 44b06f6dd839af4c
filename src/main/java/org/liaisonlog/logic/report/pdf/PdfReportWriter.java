package org.liaisonlog.logic.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Clock;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.CancellationException;
import java.util.function.BiFunction;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportBlock;
import org.liaisonlog.logic.report.ReportDocument;

/**
 * Prints a {@link ReportDocument} as a PDF with OpenPDF: A4 or Letter, portrait (landscape for a
 * {@linkplain ReportDocument#wide() wide} report), Liberation Sans embedded so that Latin and
 * Cyrillic print anywhere, the title and "Page N of M" on every page, table headers repeated on
 * every page.
 *
 * <p>The metadata holds the title, the creation date and "Liaison Log" as the creator; OpenPDF
 * names itself as the producer. Nothing else about the catalogue or the user goes in.
 *
 * <p>A long report can be stopped: the writer looks at its thread's interrupt flag every few
 * hundred rows and throws {@link CancellationException} when it is set. The stream then holds an
 * unfinished PDF, which the caller throws away (as after any exception).
 */
public final class PdfReportWriter {

    static final String BUNDLE = "org.liaisonlog.logic.report.pdf.pdf";
    static final String CREATOR = "Liaison Log";

    private static final float SIDE_MARGIN = 56.7f;
    private static final float TOP_MARGIN = 62f;
    private static final float BOTTOM_MARGIN = 54f;
    /** A heading this close to the foot of a page goes to the next page with what it heads. */
    private static final float HEADING_ROOM = 84f;

    private final Clock clock;

    public PdfReportWriter() {
        this(Clock.systemDefaultZone());
    }

    /** @param clock gives the creation date */
    public PdfReportWriter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Writes the report to {@code out}, which stays open.
     *
     * @throws CancellationException when the thread was interrupted meanwhile
     */
    public void write(ReportDocument report, PaperSize paper, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        Rectangle size = pageSize(paper, report.wide());
        Document document = new Document(size, SIDE_MARGIN, SIDE_MARGIN, TOP_MARGIN, BOTTOM_MARGIN);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setFullCompression();
            PdfStyle style = new PdfStyle();
            writer.setPageEvent(new PageFrame(report.title(), style, pageNumbers(report.language())));
            document.addTitle(report.title());
            document.addCreator(CREATOR);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(report.language().toLanguageTag()));
            document.open();
            // Document.addCreationDate(PdfDate) is ignored by OpenPDF 2.0.5 (it stamps "now"): set the date itself.
            PdfDate created = new PdfDate(GregorianCalendar.from(clock.instant().atZone(clock.getZone())));
            writer.getInfo().put(PdfName.CREATIONDATE, created);
            writer.getInfo().put(PdfName.MODDATE, created);
            addBody(report, document, writer, style);
            checkCancelled();
            document.close();
        } catch (ExceptionConverter e) {
            if (e.getException() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    /** The report as the bytes of a PDF file. */
    public byte[] toBytes(ReportDocument report, PaperSize paper) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
        try {
            write(report, paper, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void addBody(ReportDocument report, Document document, PdfWriter writer, PdfStyle style) {
        TextBlocks text = new TextBlocks(style);
        TableBlocks tables = new TableBlocks(style, PdfReportWriter::checkCancelled);
        float width = document.right() - document.left();
        document.add(text.title(report.title(), report.subtitle()));
        for (ReportBlock block : report.blocks()) {
            checkCancelled();
            if (block instanceof ReportBlock.Heading heading) {
                if (writer.getVerticalPosition(true) - document.bottom() < HEADING_ROOM) {
                    document.newPage();
                }
                document.add(text.heading(heading));
            } else if (block instanceof ReportBlock.Paragraph paragraph) {
                document.add(text.paragraph(paragraph));
            } else if (block instanceof ReportBlock.Facts facts) {
                document.add(text.facts(facts, width));
            } else if (block instanceof ReportBlock.Table table) {
                tables.add(table, document, width);
            }
        }
    }

    static Rectangle pageSize(PaperSize paper, boolean landscape) {
        Rectangle size = switch (Objects.requireNonNull(paper, "paper")) {
            case A4 -> PageSize.A4;
            case LETTER -> PageSize.LETTER;
        };
        // Landscape as a wide media box, not a portrait one turned by /Rotate: every viewer and printer agrees.
        return landscape ? new Rectangle(size.getHeight(), size.getWidth()) : size;
    }

    /** "Page N of M" in the report's language (English unless Russian). */
    static BiFunction<Integer, Integer, String> pageNumbers(Locale language) {
        ResourceBundle bundle = bundle(language);
        String pattern = bundle.getString("page.numbers");
        return (page, total) -> MessageFormat.format(pattern, Integer.toString(page), Integer.toString(total));
    }

    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The report was cancelled");
        }
    }
}
