package org.liaisonlog.gui.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;
import org.liaisonlog.persistence.H2Catalogue;

/** The trip editor's view model, without a screen, over a real catalogue file. */
class TripEditorViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private TripService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final List<UUID> saved = new ArrayList<>();
    private final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        service = new TripService(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private TripEditorViewModel editor(Trip trip) {
        TripEditorViewModel editor = new TripEditorViewModel(trip, service.editingData(), service,
                TaskExecutor.synchronous(), dialogs, messages, saved::add);
        editor.setCloser(closed::incrementAndGet);
        return editor;
    }

    @Test
    void aNewTripNeedsAPurposeAndATraveller() {
        TripEditorViewModel editor = editor(null);
        assertThat(editor.validation().validProperty().get()).isFalse();
        assertThat(editor.validation().purposeErrorProperty().get()).isEqualTo("A purpose is required.");
        assertThat(editor.validation().travellersErrorProperty().get()).isEqualTo("Add at least one traveller.");
        editor.purposeProperty().set("Consultations");
        editor.addTraveller("Aziz Karimov");
        assertThat(editor.validation().purposeErrorProperty().get()).isNull();
        assertThat(editor.validation().travellersErrorProperty().get()).isNull();
        assertThat(editor.validation().validProperty().get()).isTrue();
    }

    @Test
    void aLegEndingBeforeItStartsIsShownAtItsEndAndBlocksSaving() {
        TripEditorViewModel editor = validEditor();
        TripLegRowViewModel leg = editor.addLeg();
        assertThat(leg.placeErrorProperty().get()).isEqualTo("Give a city or a country.");
        leg.cityProperty().set("Astana");
        assertThat(leg.placeErrorProperty().get()).isNull();
        leg.fromProperty().set(LocalDate.of(2024, 5, 10));
        leg.toProperty().set(LocalDate.of(2024, 5, 1));
        assertThat(leg.toErrorProperty().get()).isEqualTo("The leg ends before it starts.");
        assertThat(editor.validation().validProperty().get()).isFalse();
        editor.save();
        assertThat(catalogue.trips().count()).isZero();

        leg.toProperty().set(LocalDate.of(2024, 5, 12));
        assertThat(leg.toErrorProperty().get()).isNull();
        assertThat(editor.validation().validProperty().get()).isTrue();
    }

    @Test
    void aLegDateThatCannotBeReadIsShownAtItAndBlocksSaving() {
        TripEditorViewModel editor = validEditor();
        TripLegRowViewModel leg = editor.addLeg();
        leg.cityProperty().set("Astana");
        leg.fromUnreadableProperty().set(true);
        assertThat(leg.fromErrorProperty().get())
                .isEqualTo("Not a date. Type it as 31 Oct 2018, 31.10.2018 or 2018-10-31.");
        assertThat(editor.validation().validProperty().get()).isFalse();
        editor.save();
        assertThat(catalogue.trips().count()).isZero();

        leg.fromUnreadableProperty().set(false);
        assertThat(leg.fromErrorProperty().get()).isNull();
        assertThat(editor.validation().validProperty().get()).isTrue();
    }

    @Test
    void aDoneTripNeedsDatesOnEveryLegAndCountriesMustBeKnown() {
        TripEditorViewModel editor = validEditor();
        TripLegRowViewModel leg = editor.addLeg();
        leg.countryProperty().set("Narnia");
        assertThat(leg.countryErrorProperty().get()).isNotNull();
        assertThat(leg.placeErrorProperty().get()).as("an unknown country is no place").isNotNull();
        leg.countryProperty().set("Казахстан");
        assertThat(leg.countryErrorProperty().get()).isNull();
        assertThat(editor.validation().validProperty().get()).isTrue();
        editor.statusProperty().set(TripStatus.DONE);
        assertThat(leg.fromErrorProperty().get()).isEqualTo("A done trip needs both dates on every leg.");
        assertThat(editor.validation().validProperty().get()).isFalse();
        leg.fromProperty().set(LocalDate.of(2024, 5, 10));
        leg.toProperty().set(LocalDate.of(2024, 5, 10));
        assertThat(editor.validation().validProperty().get()).isTrue();
        assertThat(editor.candidate().legs().get(0).countryCode()).isEqualTo("KZ");
    }

    @Test
    void aNewTravellerIsSavedWithTheTripWithLegsAndEvents() {
        Person director = TripTestData.storePerson(catalogue, "Evgeny Sysoev");
        Event conference = TripTestData.storeEvent(catalogue, "Sixth Conference of RATS SCO", "Tashkent", "UZ",
                LocalDate.of(2018, 10, 31), LocalDate.of(2018, 11, 1));
        TripEditorViewModel editor = editor(null);
        editor.addTraveller("evgeny sysoev");
        editor.addTraveller("Aziz Karimov");
        assertThat(editor.travellers()).extracting(Person::name).containsExactly("Evgeny Sysoev", "Aziz Karimov");
        assertThat(editor.choices().isNew(editor.travellers().get(0))).isFalse();
        assertThat(editor.choices().isNew(editor.travellers().get(1))).isTrue();
        editor.purposeProperty().set("Conference");
        TripLegRowViewModel tashkent = editor.addLeg();
        tashkent.cityProperty().set("Tashkent");
        tashkent.countryProperty().set("Uzbekistan");
        assertThat(editor.choices().suggestEvents("rats")).extracting(e -> e.id()).containsExactly(conference.id());
        assertThat(editor.addEvent("sixth conference of rats sco")).isTrue();
        assertThat(editor.addEvent("No such event")).isFalse();

        editor.save();

        assertThat(closed).hasValue(1);
        assertThat(saved).hasSize(1);
        Trip stored = catalogue.trips().findById(saved.get(0)).orElseThrow();
        Person aziz = catalogue.people().findAll().stream().filter(p -> p.name().equals("Aziz Karimov"))
                .findFirst().orElseThrow();
        assertThat(stored.travellerIds()).containsExactly(director.id(), aziz.id());
        assertThat(stored.legs()).extracting(TripLeg::city, TripLeg::countryCode).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Tashkent", "UZ"));
        assertThat(stored.eventIds()).containsExactly(conference.id());
        assertThat(stored.status()).isEqualTo(TripStatus.PLANNED);
        assertThat(catalogue.people().count()).isEqualTo(2);
    }

    @Test
    void aFailedSaveKeepsEverythingTypedAndSaysWhy() {
        Person director = TripTestData.storePerson(catalogue, "Evgeny Sysoev");
        Trip stored = catalogue.trips().insert(new Trip(org.liaisonlog.model.common.RecordStamp.fresh(),
                List.of(director.id()), "Consultations", List.of(), List.of(), TripStatus.PLANNED, null, null));
        TripEditorViewModel editor = editor(stored);
        assertThat(editor.travellers()).extracting(Person::name).containsExactly("Evgeny Sysoev");
        catalogue.trips().update(stored);
        editor.reportProperty().set("Met the heads of delegations");
        editor.save();
        assertThat(closed).hasValue(0);
        assertThat(editor.saveErrorProperty().get()).startsWith("The trip was not saved: The record was changed elsewhere");
        assertThat(editor.reportProperty().get()).isEqualTo("Met the heads of delegations");
        assertThat(catalogue.trips().findById(stored.id()).orElseThrow().report()).isNull();
    }

    @Test
    void cancellingAsksOnlyWhenSomethingChanged() {
        TripEditorViewModel editor = editor(null);
        editor.cancel();
        assertThat(dialogs.asked()).isEmpty();
        assertThat(closed).hasValue(1);
        TripEditorViewModel typed = editor(null);
        typed.purposeProperty().set("Something");
        dialogs.answerConfirmations(false);
        typed.cancel();
        assertThat(dialogs.asked()).containsExactly("Discard your changes to this trip?");
        assertThat(closed).hasValue(1);
    }

    private TripEditorViewModel validEditor() {
        TripEditorViewModel editor = editor(null);
        editor.purposeProperty().set("Consultations");
        editor.addTraveller("Aziz Karimov");
        return editor;
    }
}
