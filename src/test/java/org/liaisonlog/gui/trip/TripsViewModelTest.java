package org.liaisonlog.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
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
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.persistence.H2Catalogue;

/** The trips screen's view model over a real catalogue file, without a screen. */
class TripsViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<TripEditorViewModel> opened = new ArrayList<>();
    private TripsViewModel trips;
    private Person director;
    private Event conference;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        director = TripTestData.storePerson(catalogue, "Evgeny Sysoev");
        conference = TripTestData.storeEvent(catalogue, "Sixth Conference of RATS SCO", "Tashkent", "UZ",
                LocalDate.of(2018, 10, 31), LocalDate.of(2018, 11, 1));
        catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(director.id()), "Attend the conference",
                List.of(new TripLeg(UUID.randomUUID(), "Tashkent", "UZ", LocalDate.of(2018, 10, 30),
                        LocalDate.of(2018, 11, 2))), List.of(conference.id()), TripStatus.DONE, null, null));
        trips = new TripsViewModel(new TripService(catalogue), TaskExecutor.synchronous(), dialogs,
                new Messages(Locale.ENGLISH));
        trips.setEditorOpener(opened::add);
        trips.load();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void theTableShowsTheTrip() {
        assertThat(trips.rows()).hasSize(1);
        TripRowViewModel row = trips.rows().get(0);
        assertThat(row.dateText()).isEqualTo("30 Oct – 2 Nov 2018");
        assertThat(row.travellersProperty().get()).isEqualTo("Evgeny Sysoev");
        assertThat(row.destinationsProperty().get()).isEqualTo("Tashkent, Uzbekistan");
        assertThat(row.purposeProperty().get()).isEqualTo("Attend the conference");
        assertThat(row.statusProperty().get()).isEqualTo("Done");
        assertThat(row.eventsProperty().get()).isEqualTo(1);
        assertThat(trips.statusProperty().get()).isEqualTo("1 trip");
    }

    @Test
    void theFilterKeepsLinesWithEveryWord() {
        trips.filterProperty().set("TASHKENT sysoev");
        assertThat(trips.rows()).hasSize(1);
        trips.filterProperty().set("tashkent vienna");
        assertThat(trips.rows()).isEmpty();
        assertThat(trips.statusProperty().get()).isEqualTo("0 of 1 trips");
    }

    @Test
    void deletingAsksAndCancelKeepsTheTrip() {
        TripRowViewModel row = trips.rows().get(0);
        dialogs.answerConfirmations(false);
        trips.delete(row);
        assertThat(dialogs.asked()).containsExactly("Delete the trip \"Attend the conference\"?");
        assertThat(catalogue.trips().count()).isEqualTo(1);
        dialogs.answerConfirmations(true);
        trips.delete(row);
        assertThat(catalogue.trips().count()).isZero();
        assertThat(trips.rows()).isEmpty();
        assertThat(catalogue.people().count()).isEqualTo(1);
        assertThat(catalogue.events().count()).isEqualTo(1);
    }

    @Test
    void openingATripFillsTheEditor() {
        trips.open(trips.rows().get(0));
        assertThat(opened).hasSize(1);
        TripEditorViewModel editor = opened.get(0);
        assertThat(editor.isNew()).isFalse();
        assertThat(editor.travellers()).extracting(Person::name).containsExactly("Evgeny Sysoev");
        assertThat(editor.legs()).hasSize(1);
        assertThat(editor.legs().get(0).countryProperty().get()).isEqualTo("Uzbekistan");
        assertThat(editor.events()).extracting(e -> e.id()).containsExactly(conference.id());
        assertThat(editor.changedProperty().get()).isFalse();
    }

    @Test
    void aTripForAnEventStartsWithTheEventItsPlaceDatesAndPurpose() {
        trips.newTripFor(conference.id(), "Tashkent", "UZ", PartialDate.ofDay(LocalDate.of(2018, 10, 31)),
                PartialDate.ofDay(LocalDate.of(2018, 11, 1)), conference.title());
        assertThat(opened).hasSize(1);
        TripEditorViewModel editor = opened.get(0);
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.purposeProperty().get()).isEqualTo("To participate in Sixth Conference of RATS SCO");
        assertThat(editor.events()).extracting(e -> e.id()).containsExactly(conference.id());
        assertThat(editor.legs()).hasSize(1);
        TripLegRowViewModel leg = editor.legs().get(0);
        assertThat(leg.cityProperty().get()).isEqualTo("Tashkent");
        assertThat(leg.countryProperty().get()).isEqualTo("Uzbekistan");
        assertThat(leg.fromProperty().get()).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(leg.toProperty().get()).isEqualTo(LocalDate.of(2018, 11, 1));
        assertThat(editor.validation().travellersErrorProperty().get()).as("only the traveller is missing").isNotNull();
        assertThat(editor.validation().purposeErrorProperty().get()).isNull();

        editor.addTraveller("Evgeny Sysoev");
        editor.setCloser(() -> { });
        editor.save();
        assertThat(catalogue.trips().count()).isEqualTo(2);
        assertThat(trips.rows()).hasSize(2);
        assertThat(trips.lastSavedProperty().get().purposeProperty().get())
                .isEqualTo("To participate in Sixth Conference of RATS SCO");
    }

    @Test
    void aMonthPrecisionEventGivesALegOverTheWholeMonth() {
        trips.newTripFor(conference.id(), null, "UZ", PartialDate.ofMonth(2019, 2), null, "Meeting");
        TripLegRowViewModel leg = opened.get(0).legs().get(0);
        assertThat(leg.fromProperty().get()).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(leg.toProperty().get()).isEqualTo(LocalDate.of(2019, 2, 28));
    }
}
