package org.liaisonlog.gui.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.liaisonlog.gui.ScreenTests;
import org.liaisonlog.Workspace;
import org.liaisonlog.gui.MainWindowActions;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.FxTaskExecutor;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.Styles;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.search.CatalogueSearch;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * The whole main window over a real catalogue file holding the reference data, the example and
 * one more event (a meeting in Almaty that UNODC alone of the example's bodies attended), with
 * the catalogue's search built as the program builds it; closed and opened again on the same
 * folder as quitting and starting the program do.
 */
final class SearchScreenFixture {

    static final String MEETING = "Regional meeting on border control";

    private final Path folder;
    private final Messages messages;
    final RecordingDialogs dialogs = new RecordingDialogs();
    private Catalogue catalogue;
    private FxTaskExecutor executor;
    private CatalogueSearch search;
    private Workspace workspace;

    SearchScreenFixture(Path folder, Locale locale) {
        this.folder = folder;
        this.messages = new Messages(locale);
    }

    /** Opens the catalogue (the first time: with the example and the meeting) and shows the window. */
    void open(Stage stage) {
        catalogue = H2Catalogue.open(folder);
        if (FirstStart.needsChoice(catalogue)) {
            FirstStart.prepare(catalogue);
            ExampleCatalogue.loadInto(catalogue);
            addMeeting(catalogue);
        }
        executor = new FxTaskExecutor();
        search = new CatalogueSearch(catalogue);
        search.startBuilding();
        workspace = new Workspace(catalogue, executor, dialogs, messages,
                new MainWindowActions(stage::close, Styles::use, language -> { }), search);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(workspace.mainWindow(), 1280, 800));
        } else {
            stage.getScene().setRoot(workspace.mainWindow());
            // the stage may come from another test class, at another size
            stage.setWidth(1280);
            stage.setHeight(800);
        }
        Styles.apply(stage.getScene());
        stage.show();
        workspace.load();
    }

    private static void addMeeting(Catalogue catalogue) {
        Organisation unodc = catalogue.organisations().findAll().stream()
                .filter(o -> "UNODC".equals(o.acronym())).findFirst().orElseThrow();
        PartialDate day = PartialDate.ofDay(LocalDate.of(2019, 5, 14));
        Attendance attended = new Attendance(UUID.randomUUID(), unodc.id(), null, null, Capacity.UN_ENTITY, null,
                null, null, AttendanceStatus.ATTENDED, null);
        new EventService(catalogue).save(new Event(RecordStamp.fresh(), EventKind.MEETING, MEETING, null, null, null,
                List.of(), "Almaty", "KZ", null, day, day,
                "A follow-up to the Tashkent conference on border control and the exchange of information.",
                null, List.of(), List.of(), List.of(attended)), List.of(), List.of());
    }

    /** Waits until the index is built, then until background work has handed its results back. */
    void ready() throws InterruptedException {
        search.awaitReady(Duration.ofSeconds(30));
        settle();
    }

    /** Waits until background work has handed its results back to the window. */
    void settle() {
        ScreenTests.settle(executor, 400);
    }

    /** Closes the search and the catalogue file, as quitting the program does. */
    void close() {
        if (executor != null) {
            executor.close();
        }
        if (workspace != null) {
            workspace.close();
        }
        if (search != null) {
            search.close();
        }
        if (catalogue != null) {
            catalogue.close();
            catalogue = null;
        }
    }

    Catalogue catalogue() {
        return catalogue;
    }
}
