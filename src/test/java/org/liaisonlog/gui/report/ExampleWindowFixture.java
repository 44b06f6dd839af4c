package org.liaisonlog.gui.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.liaisonlog.gui.ScreenTests;
import org.liaisonlog.Workspace;
import org.liaisonlog.gui.MainWindowActions;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.persistence.H2Catalogue;
import org.testfx.api.FxToolkit;

/**
 * The whole main window, in English, over a new catalogue file holding the example catalogue,
 * with dialogs that answer as the test tells; for the report screens' TestFX tests.
 */
final class ExampleWindowFixture {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private Catalogue catalogue;
    private FxTaskExecutor executor;

    /** Creates a catalogue file in {@code folder}, fills it with the example and shows the main window. */
    void open(Stage stage, Path folder) {
        catalogue = H2Catalogue.open(folder.resolve(UUID.randomUUID().toString()));
        FirstStart.prepare(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        executor = new FxTaskExecutor();
        Workspace workspace = new Workspace(catalogue, executor, dialogs, new Messages(Locale.ENGLISH),
                new MainWindowActions(stage::close, Styles::use, language -> { }));
        stage.setScene(new Scene(workspace.mainWindow(), 1280, 800));
        Styles.apply(stage.getScene());
        stage.show();
        workspace.load();
    }

    /** Closes the windows the test left open, then the catalogue. */
    void close() {
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            // a window left open by a failed test; the catalogue is closed all the same
        }
        executor.close();
        catalogue.close();
    }

    /** Waits until background work (the report, its PDF, its pages) has handed its results back. */
    void settle() {
        ScreenTests.settle(executor, 400);
    }

    RecordingDialogs dialogs() {
        return dialogs;
    }

    Catalogue catalogue() {
        return catalogue;
    }

    /** The text of a PDF file, its white space folded to single spaces. */
    static String pdfText(Path file) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }
}
