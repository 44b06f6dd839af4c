package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.HoldCatalogueOpen;

/**
 * {@code liaison-log report …} run in-process as {@code main} runs it, against a real catalogue
 * file holding the example and a second conference of the same series.
 */
class ReportCommandTest {

    private static final String EXAMPLE_TITLE = "Sixth Scientific and Practical Conference";

    @TempDir
    static Path temp;

    private static Path catalogue;
    private static UUID seventh;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void createCatalogue() {
        catalogue = temp.resolve("catalogue");
        try (H2Catalogue opened = H2Catalogue.open(catalogue)) {
            FirstStart.prepare(opened);
            ExampleCatalogue.loadInto(opened);
            seventh = opened.events().insert(new Event(RecordStamp.fresh(), EventKind.CONFERENCE,
                    "Seventh Scientific and Practical Conference of RATS SCO", null, null, null, List.of(), "Tashkent",
                    "UZ", null, PartialDate.ofDay(LocalDate.of(2019, 10, 30)), PartialDate.ofDay(LocalDate.of(2019, 10, 31)),
                    null, null, List.of(), List.of(), List.of())).id();
        }
    }

    private int run(String... args) {
        var commandLine = Launcher.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    private List<String> errLines() {
        return err.toString().lines().toList();
    }

    private static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theAttendanceReportOfAnEventNamedByWordsIsWrittenAsPdf() throws IOException {
        Path file = temp.resolve("attendance.pdf");

        int status = run("report", "attendance", "--catalogue", catalogue.toString(), "--out", file.toString(),
                "sixth", "conference");

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(pdfText(file)).contains(EXAMPLE_TITLE).contains("Uzbekistan");
    }

    @Test
    void theCatalogueMayBeNamedBeforeTheCommandAndAnEventByItsId() throws IOException {
        Path file = temp.resolve("seventh.pdf");

        int status = run("--catalogue", catalogue.toString(), "report", "attendance", "-o", file.toString(),
                seventh.toString());

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(pdfText(file)).contains("Seventh Scientific and Practical Conference");
    }

    @Test
    void aCsvFileGetsCsvWithAByteOrderMarkFromItsExtension() throws IOException {
        Path file = temp.resolve("attendance.csv");

        int status = run("report", "attendance", "--catalogue", catalogue.toString(), "--lang", "ru",
                "--out", file.toString(), "Sixth");

        assertThat(status).as("stderr: %s", err).isZero();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("Узбекистан").contains("\r\n");
    }

    @Test
    void theRussianSummarysMonthTableIsHeadedForTheTripsItListsToo() throws IOException {
        Path ru = temp.resolve("summary-ru.pdf");
        Path en = temp.resolve("summary-en.pdf");

        assertThat(run("report", "summary", "--catalogue", catalogue.toString(), "--lang", "ru", "--from",
                "2018-01-01", "--to", "2018-12-31", "--out", ru.toString())).as("stderr: %s", err).isZero();
        assertThat(run("report", "summary", "--catalogue", catalogue.toString(), "--from", "2018-01-01",
                "--to", "2018-12-31", "--out", en.toString())).as("stderr: %s", err).isZero();

        assertThat(pdfText(ru)).contains("Даты Вид Мероприятие или поездка Место")
                .contains("Поездка").contains("Конференция");
        assertThat(pdfText(en)).contains("Dates Kind Event or trip Place").contains("Trip").contains("Conference");
    }

    @Test
    void theFormatOptionWinsOverTheExtension() throws IOException {
        Path file = temp.resolve("summary.txt");

        int status = run("report", "summary", "--catalogue", catalogue.toString(), "--from", "2018-01-01",
                "--to", "2019-12-31", "--format", "csv", "--out", file.toString());

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(Files.readAllBytes(file)).startsWith(0xEF, 0xBB, 0xBF);
    }

    @Test
    void aSignInSheetOnLetterPaperIsLandscapeLetter() throws IOException {
        Path file = temp.resolve("signin.pdf");

        int status = run("report", "signin", "--catalogue", catalogue.toString(), "--paper", "letter",
                "--blank-rows", "3", "--out", file.toString(), "Sixth");

        assertThat(status).as("stderr: %s", err).isZero();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDRectangle page = pdf.getPage(0).getMediaBox();
            assertThat(Math.max(page.getWidth(), page.getHeight())).isCloseTo(792f, org.assertj.core.data.Offset.offset(1f));
            assertThat(Math.min(page.getWidth(), page.getHeight())).isCloseTo(612f, org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void theTripReportOfATripNamedByAPlaceIsWritten() throws IOException {
        Path file = temp.resolve("trip.pdf");

        int status = run("report", "trip", "--catalogue", catalogue.toString(), "--out", file.toString(), "Tashkent");

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(pdfText(file)).contains("Tashkent");
    }

    @Test
    void csvGoesToStandardOutputForADash() {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = run("report", "summary", "--catalogue", catalogue.toString(), "--from", "2018-01-01",
                    "--to", "2018-12-31", "--format", "csv", "--out", "-");
        } finally {
            System.setOut(original);
        }

        assertThat(status).as("stderr: %s", err).isZero();
        assertThat(captured.toByteArray()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("Tashkent");
    }

    @Test
    void wordsMatchingTwoEventsListTheCandidatesAndFail() {
        int status = run("report", "attendance", "--catalogue", catalogue.toString(), "--out",
                temp.resolve("never.pdf").toString(), "Scientific", "Practical");

        assertThat(status).isEqualTo(1);
        assertThat(errLines().get(0)).startsWith("liaison-log: ").contains("matches 2 events");
        assertThat(errLines()).hasSize(3);
        assertThat(err.toString()).contains(seventh + "  Seventh Scientific").contains("  " + EXAMPLE_TITLE);
        assertThat(temp.resolve("never.pdf")).doesNotExist();
    }

    @Test
    void anUnknownEventIsOnePlainLineAndExitOne() {
        int status = run("report", "attendance", "--catalogue", catalogue.toString(), "--out",
                temp.resolve("never.pdf").toString(), "Olympic", "Games");

        assertThat(status).isEqualTo(1);
        assertThat(errLines()).containsExactly("liaison-log: no event matches \"Olympic Games\"");
    }

    @Test
    void aFolderWithoutACatalogueIsNotCreatedButReported() {
        Path empty = temp.resolve("no-catalogue-here");

        int status = run("report", "summary", "--catalogue", empty.toString(), "--from", "2018-01-01",
                "--to", "2018-12-31", "--out", temp.resolve("never.pdf").toString());

        assertThat(status).isEqualTo(1);
        assertThat(errLines()).hasSize(1);
        assertThat(errLines().get(0)).startsWith("liaison-log: there is no catalogue in ");
        assertThat(empty).doesNotExist();
    }

    @Test
    void anOutputThatIsAFolderIsSaidPlainlyBeforeTheCatalogueIsOpened() {
        Path folder = temp.resolve("reports-folder");
        folder.toFile().mkdirs();

        int status = run("report", "attendance", "--catalogue", temp.resolve("no-catalogue").toString(), "--out",
                folder.toString(), EXAMPLE_TITLE);

        assertThat(status).isEqualTo(1);
        assertThat(errLines()).containsExactly("liaison-log: cannot write " + folder + ": it is a folder; name a"
                + " file in it, such as " + folder.resolve("report.pdf"));
    }

    @Test
    void anEmptyOutputIsAUsageError() {
        int status = run("report", "attendance", "--catalogue", catalogue.toString(), "--out", "", EXAMPLE_TITLE);

        assertThat(status).isEqualTo(2);
        assertThat(errLines()).containsExactly("liaison-log: --out must name a file, or - for standard output"
                + " (see liaison-log report attendance --help)");
    }

    @Test
    void usageErrorsAreOneLineAndExitTwo() {
        assertThat(run("report", "attendance", "--catalogue", catalogue.toString(), "Sixth")).isEqualTo(2);
        assertThat(run("report", "summary", "--from", "2018-12-31", "--to", "2018-01-01", "--out", "x.pdf"))
                .isEqualTo(2);
        assertThat(run("report", "attendance", "--lang", "de", "--out", "x.pdf", "Sixth")).isEqualTo(2);
        assertThat(run("report")).isEqualTo(2);
        assertThat(run("report", "summary", "--from", "2018-13-01", "--to", "2018-12-31", "--out", "x.pdf"))
                .isEqualTo(2);

        assertThat(errLines()).hasSize(5).allMatch(line -> line.startsWith("liaison-log: "));
        assertThat(errLines().get(4)).isEqualTo("liaison-log: Invalid value for option '--from': '2018-13-01' is not"
                + " a day written YYYY-MM-DD (see liaison-log report summary --help)");
        assertThat(errLines().get(0)).contains("--out");
        assertThat(errLines().get(1)).contains("--to must not be before --from");
        assertThat(errLines().get(3)).contains("attendance, signin, trip or summary");
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("report", "--help")).isZero();
        assertThat(out.toString()).contains("attendance").contains("signin").contains("trip").contains("summary");
        for (String command : List.of("attendance", "signin", "trip", "summary")) {
            assertThat(run("report", command, "--help")).as(command).isZero();
        }
        assertThat(out.toString()).contains("--include-absent").contains("--blank-rows").contains("--from")
                .contains("--paper");
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("report");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @Timeout(value = 2, unit = TimeUnit.MINUTES)
    void aCatalogueOpenInAWindowIsReportedAndTheCommandRunsWithoutADisplay() throws Exception {
        Process holder = java(HoldCatalogueOpen.class.getName(), catalogue.toString()).start();
        try {
            assertThat(new String(holder.getInputStream().readNBytes(4), StandardCharsets.UTF_8)).isEqualTo("OPEN");

            assertThat(run("report", "summary", "--catalogue", catalogue.toString(), "--from", "2018-01-01",
                    "--to", "2018-12-31", "--out", temp.resolve("never.pdf").toString())).isEqualTo(1);
            assertThat(errLines()).containsExactly("liaison-log: the catalogue in " + catalogue.toAbsolutePath()
                    + " is open in a Liaison Log window; close that window first");
        } finally {
            holder.getOutputStream().close();
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        // A separate JVM without a display: a command that started JavaFX would fail there.
        Path file = temp.resolve("headless.pdf");
        ProcessBuilder command = java(Launcher.class.getName(), "report", "summary", "--catalogue", catalogue.toString(),
                "--from", "2018-01-01", "--to", "2018-12-31", "--out", file.toString());
        command.environment().remove("DISPLAY");
        command.environment().remove("WAYLAND_DISPLAY");
        command.redirectErrorStream(true);
        Process report = command.start();
        String output = new String(report.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(report.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(report.exitValue()).as(output).isZero();
        assertThat(output.lines().filter(line -> !line.startsWith("Picked up JAVA_TOOL_OPTIONS"))).isEmpty();
        assertThat(pdfText(file)).contains("Tashkent");
    }

    private static ProcessBuilder java(String mainClass, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
