package org.liaisonlog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportDocument;
import org.liaisonlog.logic.report.csv.CsvReportWriter;
import org.liaisonlog.logic.report.pdf.PdfReportWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * What every report command shares: the catalogue, the language, the format, the paper and
 * where the report goes. A picocli mixin.
 */
final class ReportOptions {

    enum Language { EN, RU }

    enum Format { PDF, CSV }

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--lang", paramLabel = "en|ru", defaultValue = "en",
            description = "The report's language (default: ${DEFAULT-VALUE}).")
    Language language;

    @Option(names = "--format", paramLabel = "pdf|csv",
            description = "What to write (default: from the extension of --out, else pdf).")
    Format format;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "The paper of a PDF (default: ${DEFAULT-VALUE}).")
    PaperSize paper;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", required = true,
            description = "The file to write (replaced if it exists), or - for standard output.")
    String out;

    Locale locale() {
        return language == Language.RU ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    /** The format asked for, else the one the output file's extension names, else PDF. */
    Format format() {
        if (format != null) {
            return format;
        }
        return out.toLowerCase(Locale.ROOT).endsWith(".csv") ? Format.CSV : Format.PDF;
    }

    /**
     * Opens the catalogue named here (else on the main command line, else by the environment).
     * It must exist already: a report command never creates an empty catalogue.
     */
    Catalogue openCatalogue() {
        return catalogue.open();
    }

    /**
     * Fails at once, before the catalogue is opened and the report made, when {@code --out} names
     * a folder, or a file in a folder that does not exist.
     */
    void checkOut() {
        if ("-".equals(out)) {
            return;
        }
        Path file = Path.of(out).toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new CommandFailure("cannot write " + out + ": it is a folder; name a file in it, such as "
                    + Path.of(out).resolve("report." + format().name().toLowerCase(Locale.ROOT)));
        }
        if (file.getParent() != null && !Files.isDirectory(file.getParent())) {
            throw new CommandFailure("cannot write " + out + ": its folder does not exist");
        }
    }

    /** Writes the report as asked: the whole file at once, so a failure leaves no half-written report. */
    void write(ReportDocument document, PrintStream standardOutput) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (format() == Format.CSV) {
                new CsvReportWriter().write(document.csv(), bytes);
            } else {
                new PdfReportWriter().write(document, paper, bytes);
            }
        } catch (IOException e) {
            throw new CommandFailure("the report could not be written (" + e.getMessage() + ")");
        }
        if ("-".equals(out)) {
            standardOutput.write(bytes.toByteArray(), 0, bytes.size());
            standardOutput.flush();
            return;
        }
        try {
            Files.write(Path.of(out), bytes.toByteArray());
        } catch (NoSuchFileException e) {
            throw new CommandFailure("cannot write " + out + ": its folder does not exist");
        } catch (AccessDeniedException e) {
            throw new CommandFailure("cannot write " + out + ": permission denied");
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + out + ": " + e.getMessage());
        }
    }
}
