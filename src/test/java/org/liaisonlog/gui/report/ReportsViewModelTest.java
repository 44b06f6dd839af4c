package org.liaisonlog.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.report.PaperSize;
import org.liaisonlog.logic.report.ReportKind;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.logic.report.ReportTarget;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.persistence.H2Catalogue;

/** The reports screen's view model over the example catalogue, without a screen. */
class ReportsViewModelTest {

    private static final String TITLE = "Sixth Scientific and Practical Conference";

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ReportsViewModel reports;
    private ReportChoices choices;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder.resolve("catalogue"));
        FirstStart.prepare(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        reports = viewModel(TaskExecutor.synchronous());
        choices = reports.choices();
        reports.loadTargets();
    }

    private ReportsViewModel viewModel(TaskExecutor executor) {
        return new ReportsViewModel(new ReportService(catalogue), executor, dialogs, new Messages(Locale.ENGLISH),
                LocalDate.of(2018, 12, 15));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private ReportTarget exampleEvent() {
        return choices.targets().stream().filter(t -> t.label().startsWith(TITLE)).findFirst().orElseThrow();
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theEventsAreOfferedAndNarrowedByWords() {
        assertThat(choices.targets()).extracting(ReportTarget::label).anyMatch(l -> l.startsWith(TITLE));
        assertThat(choices.problemProperty().get()).isEqualTo("Choose an event.");

        choices.targetFilterProperty().set("olympic");
        assertThat(choices.targets()).isEmpty();
        choices.targetFilterProperty().set("SIXTH practical");
        assertThat(choices.targets()).hasSize(1);

        choices.kindProperty().set(ReportKind.TRIP);
        choices.targetFilterProperty().set("");
        assertThat(choices.targets()).hasSize(1);
        assertThat(choices.problemProperty().get()).isEqualTo("Choose a trip.");
    }

    @Test
    void thePreviewShowsThePagesOfTheAttendanceReport() {
        choices.targetProperty().set(exampleEvent());

        reports.preview();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(reports.busyProperty().get()).isFalse();
        assertThat(reports.pageCountProperty().get()).isPositive();
        assertThat(reports.pages()).hasSize(reports.pageCountProperty().get());
        var page = reports.pages().get(0);
        assertThat(page.width()).as("A4 at 96 dpi").isBetween(790, 797);
        assertThat(page.height()).isBetween(1120, 1125);
        assertThat(java.util.Arrays.stream(page.argb()).allMatch(p -> (p >>> 24) == 0xFF)).as("opaque").isTrue();
        assertThat(java.util.Arrays.stream(page.argb()).anyMatch(p -> (p & 0xFFFFFF) != 0xFFFFFF)).as("ink").isTrue();
        assertThat(reports.outdatedProperty().get()).isFalse();
    }

    @Test
    void thePreviewedReportIsSavedAsPdfAndCsv() throws IOException {
        choices.targetProperty().set(exampleEvent());
        reports.preview();
        Path pdf = folder.resolve("list.pdf");
        Path csv = folder.resolve("list.csv");

        dialogs.answerSaveFile(pdf);
        reports.savePdf();
        dialogs.answerSaveFile(csv);
        reports.saveCsv();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.suggestedNames()).hasSize(2);
        assertThat(dialogs.suggestedNames().get(0)).endsWith(".pdf");
        assertThat(dialogs.suggestedNames().get(1)).endsWith(".csv");
        assertThat(pdfText(pdf)).contains(TITLE);
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("Uzbekistan");
        assertThat(reports.statusProperty().get()).isEqualTo("Saved as " + csv);
    }

    @Test
    void aCancelledSaveWritesNothingAndAFolderThatIsGoneIsExplained() {
        choices.targetProperty().set(exampleEvent());
        reports.preview();

        dialogs.answerSaveFile(null);
        reports.savePdf();
        dialogs.answerSaveFile(folder.resolve("gone").resolve("list.pdf"));
        reports.savePdf();

        assertThat(dialogs.errors()).containsExactly(
                "The report could not be saved: That folder does not exist. Choose another one.");
        assertThat(reports.busyProperty().get()).isFalse();
    }

    @Test
    void printingSendsEveryPageFinelyRenderedToThePrinterChosen() {
        choices.targetProperty().set(exampleEvent());
        choices.paperProperty().set(PaperSize.LETTER);
        reports.preview();

        dialogs.answerPrinter(false);
        reports.print();
        assertThat(dialogs.printed()).isEmpty();

        dialogs.answerPrinter(true);
        reports.print();
        assertThat(dialogs.errors()).isEmpty();
        assertThat(dialogs.printed()).hasSize(reports.pageCountProperty().get());
        assertThat(dialogs.printed().get(0).width()).as("Letter at 200 dpi").isBetween(1695, 1705);
        assertThat(dialogs.printFinished()).isTrue();
        assertThat(reports.statusProperty().get()).startsWith("Sent ");
    }

    @Test
    void anEventChosenOnAnotherScreenIsPreviewedAtOnce() {
        UUID id = exampleEvent().id();
        choices.kindProperty().set(ReportKind.SUMMARY);

        reports.open(ReportKind.ATTENDANCE, id);

        assertThat(choices.kindProperty().get()).isEqualTo(ReportKind.ATTENDANCE);
        assertThat(choices.targetProperty().get().id()).isEqualTo(id);
        assertThat(reports.pageCountProperty().get()).isPositive();
        assertThat(reports.previewedKind()).isEqualTo(ReportKind.ATTENDANCE);
    }

    @Test
    void anEventNoLongerThereIsExplained() {
        reports.open(ReportKind.ATTENDANCE, UUID.randomUUID());

        assertThat(dialogs.errors()).singleElement().asString().startsWith("The event or trip is no longer");
        assertThat(reports.pageCountProperty().get()).isZero();
    }

    @Test
    void theTripReportAndARussianSummaryArePreviewed() {
        choices.kindProperty().set(ReportKind.TRIP);
        choices.targetProperty().set(choices.targets().get(0));
        reports.preview();
        assertThat(reports.previewedKind()).isEqualTo(ReportKind.TRIP);

        choices.kindProperty().set(ReportKind.SUMMARY);
        choices.languageProperty().set(ReportChoices.RUSSIAN);
        reports.preview();

        assertThat(dialogs.errors()).isEmpty();
        assertThat(reports.previewedKind()).isEqualTo(ReportKind.SUMMARY);
        assertThat(reports.pageCountProperty().get()).isPositive();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsNotMade() {
        choices.kindProperty().set(ReportKind.SUMMARY);
        assertThat(choices.fromProperty().get()).isEqualTo(LocalDate.of(2018, 1, 1));
        assertThat(choices.toProperty().get()).isEqualTo(LocalDate.of(2018, 12, 31));

        choices.toProperty().set(LocalDate.of(2017, 12, 31));
        reports.preview();

        assertThat(choices.problemProperty().get()).isEqualTo("The last day is before the first.");
        assertThat(choices.request()).isEmpty();
        assertThat(reports.pageCountProperty().get()).isZero();
    }

    @Test
    void changingAChoiceMarksThePreviewOutOfDateUntilItIsMadeAgain() {
        choices.targetProperty().set(exampleEvent());
        reports.preview();

        choices.showPeopleProperty().set(false);
        assertThat(reports.outdatedProperty().get()).isTrue();
        choices.showPeopleProperty().set(true);
        assertThat(reports.outdatedProperty().get()).as("back as previewed").isFalse();

        choices.moveUp(Capacity.MEMBER_STATE);
        assertThat(reports.outdatedProperty().get()).isTrue();
        reports.preview();
        assertThat(reports.outdatedProperty().get()).isFalse();
    }

    @Test
    void theZoomGoesInStepsOfAQuarterBetweenHalfAndDouble() {
        reports.zoomTo(88);
        reports.zoomIn();
        assertThat(reports.zoomPercentProperty().get()).isEqualTo(100);
        reports.zoomTo(88);
        reports.zoomOut();
        assertThat(reports.zoomPercentProperty().get()).isEqualTo(75);
        reports.zoomOut();
        reports.zoomOut();
        assertThat(reports.zoomPercentProperty().get()).isEqualTo(50);
        reports.zoomTo(500);
        assertThat(reports.zoomPercentProperty().get()).isEqualTo(200);
    }

    @Test
    void theGroupsAreReordered() {
        List<Capacity> start = List.copyOf(choices.groupOrder());

        choices.moveDown(start.get(0));
        choices.moveUp(start.get(0));
        choices.moveUp(start.get(0));
        assertThat(choices.groupOrder()).containsExactlyElementsOf(start);

        choices.moveUp(start.get(2));
        assertThat(choices.groupOrder().subList(0, 3)).containsExactly(start.get(0), start.get(2), start.get(1));
    }

    @Test
    void aCancelledPreviewIsThrownAwayWithoutAnError() {
        HeldExecutor held = new HeldExecutor();
        ReportsViewModel later = viewModel(held);
        later.loadTargets();
        held.runAll();
        later.choices().targetProperty().set(later.choices().targets().stream()
                .filter(t -> t.label().startsWith(TITLE)).findFirst().orElseThrow());

        later.preview();
        assertThat(later.busyProperty().get()).isTrue();
        later.cancel();
        held.runAll();

        assertThat(later.busyProperty().get()).isFalse();
        assertThat(later.pageCountProperty().get()).isZero();
        assertThat(later.statusProperty().get()).isEqualTo("Cancelled.");
        assertThat(dialogs.errors()).isEmpty();
    }

    /** Holds the work until the test runs it, as a busy background thread would. */
    private static final class HeldExecutor implements TaskExecutor {

        private final List<Runnable> jobs = new ArrayList<>();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            jobs.add(() -> TaskExecutor.synchronous().run(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!jobs.isEmpty()) {
                jobs.remove(0).run();
            }
        }
    }
}
