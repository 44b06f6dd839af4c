package org.liaisonlog.gui.report;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.PageImage;
import org.liaisonlog.gui.util.PagePrinter;
import org.liaisonlog.logic.report.ReportDocument;
import org.liaisonlog.logic.report.ReportKind;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.logic.report.ReportTarget;
import org.liaisonlog.logic.report.csv.CsvReportWriter;
import org.liaisonlog.logic.report.pdf.PdfReportWriter;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * The reports screen: the choices, a preview of the report's PDF page by page, and the commands
 * preview, cancel, print, save as PDF and save as CSV. Making the report, its PDF and the page
 * images runs through the task executor; the window never waits for it.
 */
public final class ReportsViewModel {

    /** The preview's resolution: a page at 100 % is about its printed size on a usual screen. */
    static final float PREVIEW_DPI = 96f;
    /** The pages sent to a printer are rendered finer than the preview. */
    static final float PRINT_DPI = 200f;
    /** More pages than this are printed and saved but not previewed, to keep memory in bounds. */
    static final int MAX_PREVIEW_PAGES = 40;
    private static final int MIN_ZOOM = 50;
    private static final int MAX_ZOOM = 200;
    private static final int ZOOM_STEP = 25;

    private final ReportService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReportChoices choices;
    private final ObservableList<PageImage> pages = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper outdated = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyIntegerWrapper zoomPercent = new ReadOnlyIntegerWrapper(100);
    private final AtomicInteger generation = new AtomicInteger();
    private Cancellation running = new Cancellation();
    private Preview preview;

    /** What the preview shows: the request it was made for, the report and its PDF. */
    private record Preview(ReportRequest request, ReportDocument document, byte[] pdf, int pageCount,
                           List<PageImage> pages) {
    }

    public ReportsViewModel(ReportService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, LocalDate.now());
    }

    /** With the day the summary's default period (this year) is counted from. */
    public ReportsViewModel(ReportService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                            LocalDate today) {
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.choices = new ReportChoices(messages, today);
        for (javafx.beans.Observable dependency : choices.dependencies()) {
            dependency.addListener(o -> outdated.set(preview != null && !preview.request().equals(
                    choices.request().orElse(null))));
        }
    }

    /** Reads the events and trips to choose from, in the background. */
    public void loadTargets() {
        loadTargets(() -> { });
    }

    private void loadTargets(Runnable then) {
        // Labelled in the interface's language, whatever language the report is made in.
        Locale language = Locale.forLanguageTag(messages.language());
        executor.run(() -> new Targets(service.findEvents("", language), service.findTrips("", language)), targets -> {
            choices.setTargets(targets.events(), targets.trips());
            then.run();
        }, this::failed);
    }

    private record Targets(List<ReportTarget> events, List<ReportTarget> trips) {
    }

    /** Chooses the report of an event or trip (from another screen) and starts its preview. */
    public void open(ReportKind kind, UUID target) {
        loadTargets(() -> {
            if (choices.select(kind, target)) {
                preview();
            } else {
                dialogs.showError(messages.get("reports.targetGone"), messages.get("reports.targetGoneDetail"));
            }
        });
    }

    /** Makes the report as chosen, its PDF and the preview's page images, in the background. */
    public void preview() {
        Optional<ReportRequest> asked = choices.request();
        if (asked.isEmpty()) {
            return;
        }
        cancel();
        ReportRequest request = asked.get();
        Cancellation cancellation = start(messages.get("reports.preparing"));
        int run = generation.get();
        executor.run(() -> {
            ReportDocument document = request.build(service);
            cancellation.check();
            byte[] pdf = cancellation.interruptibly(() -> new PdfReportWriter().toBytes(document, request.paper()));
            PdfPages.Rendered rendered = cancellation.interruptibly(
                    () -> PdfPages.render(pdf, PREVIEW_DPI, MAX_PREVIEW_PAGES, cancellation::check));
            cancellation.check();
            return new Preview(request, document, pdf, rendered.pageCount(), rendered.pages());
        }, made -> {
            if (run == generation.get()) {
                busy.set(false);
                show(made);
            }
        }, error -> finishedWith(run, error, "reports.previewFailed"));
    }

    private void show(Preview made) {
        preview = made;
        pages.setAll(made.pages());
        pageCount.set(made.pageCount());
        outdated.set(false);
        status.set(made.pageCount() > made.pages().size()
                ? messages.format("reports.previewShowsFirst", made.pages().size(), made.pageCount()) : "");
    }

    /** Stops the work under way; its result is thrown away. */
    public void cancel() {
        if (busy.get()) {
            running.cancel();
            generation.incrementAndGet();
            busy.set(false);
            status.set(messages.get("reports.cancelled"));
        }
    }

    /** Prints the previewed report through the system's print dialog, rendering the pages in the background. */
    public void print() {
        if (preview == null || busy.get()) {
            return;
        }
        Optional<PagePrinter> chosen = dialogs.choosePrinter(preview.document().title());
        if (chosen.isEmpty()) {
            return;
        }
        PagePrinter printer = chosen.get();
        byte[] pdf = preview.pdf();
        Cancellation cancellation = start(messages.get("reports.printing"));
        int run = generation.get();
        executor.run(() -> PdfPages.print(pdf, PRINT_DPI, printer, cancellation::check), sent -> {
            if (run == generation.get()) {
                busy.set(false);
                status.set(messages.format("reports.printed", sent));
            }
        }, error -> finishedWith(run, error, "reports.printFailed"));
    }

    /** Saves the previewed report's PDF where the user chooses. */
    public void savePdf() {
        if (preview != null && !busy.get()) {
            byte[] pdf = preview.pdf();
            save(messages.get("reports.savePdfTitle"), "PDF", "pdf", () -> pdf);
        }
    }

    /** Saves the previewed report's table as CSV where the user chooses. */
    public void saveCsv() {
        if (preview != null && !busy.get()) {
            ReportDocument document = preview.document();
            save(messages.get("reports.saveCsvTitle"), "CSV", "csv", () -> {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new CsvReportWriter().write(document.csv(), bytes);
                return bytes.toByteArray();
            });
        }
    }

    private interface Content {
        byte[] bytes() throws Exception;
    }

    private void save(String title, String description, String extension, Content content) {
        Optional<Path> chosen = dialogs.chooseSaveFile(title, preview.document().fileName(), description, extension);
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get();
        start(messages.get("reports.saving"));
        int run = generation.get();
        executor.run(() -> Files.write(file, content.bytes()), written -> {
            if (run == generation.get()) {
                busy.set(false);
                status.set(messages.format("reports.saved", file.toString()));
            }
        }, error -> finishedWith(run, error, "reports.saveFailed"));
    }

    private Cancellation start(String what) {
        running = new Cancellation();
        generation.incrementAndGet();
        busy.set(true);
        status.set(what);
        return running;
    }

    private void finishedWith(int run, Throwable error, String headerKey) {
        if (run != generation.get()) {
            return;
        }
        busy.set(false);
        status.set("");
        if (!(error instanceof CancellationException)) {
            dialogs.showError(messages.get(headerKey), "reports.saveFailed".equals(headerKey)
                    ? describeFileError(error) : ErrorTexts.describe(error, messages));
        }
    }

    private String describeFileError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.nio.file.AccessDeniedException) {
                return messages.get("reports.fileDenied");
            }
            if (t instanceof java.nio.file.NoSuchFileException) {
                return messages.get("reports.fileNoFolder");
            }
            if (t instanceof java.io.IOException) {
                return messages.format("reports.fileProblem", t.getClass().getSimpleName());
            }
        }
        return ErrorTexts.describe(error, messages);
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
    }

    /** The next step of 25 % up, at most 200 %. */
    public void zoomIn() {
        zoomTo((zoomPercent.get() / ZOOM_STEP + 1) * ZOOM_STEP);
    }

    /** The next step of 25 % down, at least 50 %. */
    public void zoomOut() {
        zoomTo((zoomPercent.get() + ZOOM_STEP - 1) / ZOOM_STEP * ZOOM_STEP - ZOOM_STEP);
    }

    /** Shows the pages at this size (in per cent of their printed size), kept between 50 % and 200 %. */
    public void zoomTo(int percent) {
        zoomPercent.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, percent)));
    }

    public ReportChoices choices() {
        return choices;
    }

    /** The previewed pages (at most {@link #MAX_PREVIEW_PAGES}), in order. */
    public ObservableList<PageImage> pages() {
        return pages;
    }

    /** How many pages the previewed report has in all. */
    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** True while a report is being made, printed or saved. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True when the choices have changed since the preview was made. */
    public ReadOnlyBooleanProperty outdatedProperty() {
        return outdated.getReadOnlyProperty();
    }

    /** What is happening or last happened ("Saved as …"), or empty. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty zoomPercentProperty() {
        return zoomPercent.getReadOnlyProperty();
    }

    /** The kind of the previewed report, or null before the first preview. */
    public ReportKind previewedKind() {
        return preview == null ? null : preview.request().kind();
    }
}
