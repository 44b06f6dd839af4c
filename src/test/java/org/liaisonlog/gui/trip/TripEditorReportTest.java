package org.liaisonlog.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * "Report…" in the trip editor, without a screen: a stored trip goes to its report at once;
 * unsaved changes are saved first, after asking; a trip never saved has no report.
 */
class TripEditorReportTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private TripService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    /** What happened, in order: "closed", "saved", "report <id>". */
    private final List<String> happened = new ArrayList<>();
    private Trip stored;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        service = new TripService(catalogue);
        Person director = TripTestData.storePerson(catalogue, "Evgeny Sysoev");
        stored = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(director.id()), "Consultations",
                List.of(), List.of(), TripStatus.PLANNED, null, null));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private TripEditorViewModel editor(Trip trip) {
        TripEditorViewModel editor = new TripEditorViewModel(trip, service.editingData(), service,
                TaskExecutor.synchronous(), dialogs, new Messages(Locale.ENGLISH), id -> happened.add("saved"));
        editor.setCloser(() -> happened.add("closed"));
        editor.setReportOpener(id -> happened.add("report " + id));
        return editor;
    }

    @Test
    void aStoredTripWithoutChangesGoesToItsReportAtOnce() {
        editor(stored).report();

        assertThat(dialogs.asked()).isEmpty();
        assertThat(happened).containsExactly("closed", "report " + stored.id());
    }

    @Test
    void unsavedChangesAreSavedFirstWhenTheUserAgrees() {
        TripEditorViewModel editor = editor(stored);
        editor.reportProperty().set("Met the heads of delegations");

        dialogs.answerConfirmations(false);
        editor.report();
        assertThat(dialogs.asked()).containsExactly("Save the changes to this trip first?");
        assertThat(happened).as("no: the editor stays as typed").isEmpty();
        assertThat(editor.reportProperty().get()).isEqualTo("Met the heads of delegations");

        dialogs.answerConfirmations(true);
        editor.report();
        assertThat(happened).containsExactly("saved", "closed", "report " + stored.id());
        assertThat(catalogue.trips().findById(stored.id()).orElseThrow().report())
                .isEqualTo("Met the heads of delegations");
    }

    @Test
    void invalidChangesAndNewTripsHaveNoReport() {
        TripEditorViewModel editor = editor(stored);
        editor.purposeProperty().set(" ");
        editor.report();

        TripEditorViewModel fresh = editor(null);
        fresh.purposeProperty().set("Consultations");
        fresh.addTraveller("Aziz Karimov");
        fresh.report();

        assertThat(dialogs.asked()).isEmpty();
        assertThat(happened).isEmpty();
        assertThat(fresh.offersReport()).isTrue();
    }
}
