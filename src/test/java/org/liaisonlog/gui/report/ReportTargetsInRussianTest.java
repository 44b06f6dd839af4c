package org.liaisonlog.gui.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.report.ReportKind;
import org.liaisonlog.logic.report.ReportService;
import org.liaisonlog.logic.report.ReportTarget;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The events and trips offered on the reports screen of the Russian interface are labelled in
 * Russian (dates, country names), whatever language the report itself is made in.
 */
class ReportTargetsInRussianTest {

    private static final String TITLE = "Sixth Scientific and Practical Conference";

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private ReportChoices choices;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder.resolve("catalogue"));
        FirstStart.prepare(catalogue);
        ExampleCatalogue.loadInto(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private ReportChoices loaded(Locale interfaceLanguage) {
        ReportsViewModel reports = new ReportsViewModel(new ReportService(catalogue), TaskExecutor.synchronous(),
                new RecordingDialogs(), new Messages(interfaceLanguage), LocalDate.of(2018, 12, 15));
        reports.loadTargets();
        return reports.choices();
    }

    private static String labelStartingWith(ReportChoices choices, String start) {
        return choices.targets().stream().map(ReportTarget::label).filter(l -> l.startsWith(start)).findFirst()
                .orElseThrow();
    }

    @Test
    void theExampleEventAndTripAreLabelledWithRussianDates() {
        choices = loaded(Locale.forLanguageTag("ru"));

        assertThat(labelStartingWith(choices, TITLE)).endsWith(" — 31 октября – 1 ноября 2018 г., Tashkent");

        choices.kindProperty().set(ReportKind.TRIP);
        assertThat(choices.targets()).singleElement().extracting(ReportTarget::label).asString()
                .contains("Pustovitov").endsWith(" — 31 октября – 1 ноября 2018 г., Tashkent")
                .doesNotContain("October");
    }

    @Test
    void anEnglishReportOfTheRussianInterfaceKeepsTheRussianLabels() {
        choices = loaded(Locale.forLanguageTag("ru"));

        choices.languageProperty().set(ReportChoices.ENGLISH);

        assertThat(labelStartingWith(choices, TITLE)).contains("31 октября");
    }

    @Test
    void theEnglishInterfaceHasEnglishLabels() {
        choices = loaded(Locale.ENGLISH);

        assertThat(labelStartingWith(choices, TITLE)).endsWith(" — 31 October – 1 November 2018, Tashkent");
    }
}
