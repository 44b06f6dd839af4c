package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventField;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.persistence.H2Catalogue;

/** The event editor's view model, without a screen, over a real catalogue file. */
class EventEditorViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private EventService service;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        service = new EventService(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private EventEditorViewModel editor(Event event) {
        EventEditorViewModel editor = new EventEditorViewModel(event, service.editingData(), service,
                TaskExecutor.synchronous(), dialogs, messages, id -> saved.incrementAndGet());
        editor.setCloser(closed::incrementAndGet);
        return editor;
    }

    @Test
    void aNewEventIsInvalidUntilItHasATitle() {
        EventEditorViewModel editor = editor(null);
        assertThat(editor.validation().validProperty().get()).isFalse();
        assertThat(editor.validation().error(EventField.TITLE).get()).isEqualTo("A title is required.");
        editor.titleProperty().set("Working meeting");
        assertThat(editor.validation().validProperty().get()).isTrue();
        assertThat(editor.validation().error(EventField.TITLE).get()).isNull();
    }

    @Test
    void aDateThatCannotBeReadIsSaidAtItsFieldBeforeAnyOtherRuleAndBlocksSaving() {
        EventEditorViewModel editor = editor(null);
        editor.titleProperty().set("Working meeting");
        editor.startUnreadableProperty().set(true);
        editor.endDateProperty().set(LocalDate.of(2024, 5, 1));
        assertThat(editor.validation().error(EventField.START).get())
                .isEqualTo("Not a date. Type it as 31 Oct 2018, 31.10.2018 or 2018-10-31.");
        assertThat(editor.validation().validProperty().get()).isFalse();
        editor.save();
        assertThat(catalogue.events().count()).isZero();

        editor.startUnreadableProperty().set(false);
        editor.startDateProperty().set(LocalDate.of(2024, 4, 30));
        assertThat(editor.validation().error(EventField.START).get()).isNull();
        assertThat(editor.validation().validProperty().get()).isTrue();
    }

    @Test
    void anEndBeforeTheStartIsAnErrorAtTheEndDateAndBlocksSaving() {
        EventEditorViewModel editor = editor(null);
        editor.titleProperty().set("Working meeting");
        editor.startDateProperty().set(LocalDate.of(2024, 5, 10));
        editor.endDateProperty().set(LocalDate.of(2024, 5, 1));
        assertThat(editor.validation().error(EventField.END).get()).isEqualTo("The end date is before the start date.");
        assertThat(editor.validation().validProperty().get()).isFalse();
        editor.save();
        assertThat(catalogue.events().count()).isZero();

        // An end known only to the month, in the start's month, is fine.
        editor.endPrecisionProperty().set(DatePrecision.MONTH);
        assertThat(editor.validation().error(EventField.END).get()).isNull();
        editor.save();
        Event stored = catalogue.events().findAllSummaries().stream().findFirst()
                .flatMap(s -> catalogue.events().findById(s.id())).orElseThrow();
        assertThat(stored.end()).isEqualTo(PartialDate.ofMonth(2024, 5));
    }

    @Test
    void theEditionMustBeANumberAndTheCountryAKnownOne() {
        EventEditorViewModel editor = editor(null);
        editor.titleProperty().set("Conference");
        editor.editionProperty().set("sixth");
        assertThat(editor.validation().error(EventField.EDITION).get()).isEqualTo("The edition must be a whole number, e.g. 6.");
        editor.editionProperty().set("6");
        assertThat(editor.validation().error(EventField.EDITION).get()).isNull();
        editor.countryProperty().set("Narnia");
        assertThat(editor.validation().countryErrorProperty().get()).isNotNull();
        assertThat(editor.validation().validProperty().get()).isFalse();
        editor.countryProperty().set("Узбекистан");
        assertThat(editor.validation().countryErrorProperty().get()).isNull();
        assertThat(editor.candidate().countryCode()).isEqualTo("UZ");
    }

    @Test
    void aPersonAlreadyAmongTheParticipantsCannotBeAddedAgain() {
        EventEditorViewModel editor = editor(null);
        ParticipantEditorViewModel first = editor.participantEditor(null);
        first.personProperty().set("Ivan Petrov");
        first.organisationProperty().set("CARICC");
        first.capacityProperty().set(Capacity.OTHER_ORGANISATION);
        editor.applyParticipant(null, first);

        ParticipantEditorViewModel again = editor.participantEditor(null);
        again.capacityProperty().set(Capacity.OTHER_ORGANISATION);
        again.personProperty().set("ivan  petrov");
        assertThat(again.personErrorProperty().get()).isEqualTo("This person is already among the participants.");
        assertThat(again.validProperty().get()).isFalse();
        again.personProperty().set("Anna Petrova");
        assertThat(again.personErrorProperty().get()).isNull();
        // CARICC with another person is another line; CARICC alone is not there yet either.
        again.organisationProperty().set("CARICC");
        assertThat(again.organisationErrorProperty().get()).isNull();
        assertThat(again.validProperty().get()).isTrue();
        // The line itself, edited, is not its own duplicate.
        assertThat(editor.participantEditor(editor.participants().get(0)).validProperty().get()).isTrue();
    }

    @Test
    void organisersAndParticipantsNamedForTheFirstTimeAreSavedWithTheEvent() {
        EventEditorViewModel editor = editor(null);
        editor.titleProperty().set("Round table on synthetic drugs");
        editor.addOrganiser("unodc");
        editor.addOrganiser("Anti-Drug Academy of Somewhere");
        assertThat(editor.organisers()).extracting(Organisation::acronym).startsWith("UNODC");
        assertThat(editor.choices().isNew(editor.organisers().get(1))).isTrue();

        ParticipantEditorViewModel participant = editor.participantEditor(null);
        assertThat(participant.validProperty().get()).isFalse();
        assertThat(participant.nobodyErrorProperty().get()).isNotNull();
        participant.personProperty().set("Ivan Petrov");
        participant.organisationProperty().set("CARICC");
        assertThat(participant.capacityErrorProperty().get()).isEqualTo("Choose the capacity in which they attended.");
        participant.capacityProperty().set(Capacity.OTHER_ORGANISATION);
        participant.titleProperty().set("Analyst");
        assertThat(participant.validProperty().get()).isTrue();
        editor.applyParticipant(null, participant);

        editor.save();
        assertThat(saved).hasValue(1);
        assertThat(closed).hasValue(1);
        Person ivan = catalogue.people().findAll().stream().filter(p -> p.name().equals("Ivan Petrov"))
                .findFirst().orElseThrow();
        Organisation caricc = catalogue.organisations().findAll().stream()
                .filter(o -> "CARICC".equals(o.acronym())).findFirst().orElseThrow();
        assertThat(ivan.organisationId()).isEqualTo(caricc.id());
        assertThat(ivan.position()).isEqualTo("Analyst");
        assertThat(catalogue.organisations().findAll()).extracting(Organisation::name)
                .contains("Anti-Drug Academy of Somewhere");
    }

    @Test
    void aFailedSaveKeepsEverythingAndSaysWhy() {
        EventEditorViewModel first = editor(null);
        first.titleProperty().set("Expert meeting");
        first.save();
        Event stored = catalogue.events().findById(catalogue.events().findAllSummaries().get(0).id()).orElseThrow();
        EventEditorViewModel editor = editor(stored);
        catalogue.events().update(stored); // saved elsewhere meanwhile
        editor.mottoProperty().set("Together");
        closed.set(0);
        editor.save();
        assertThat(editor.saveErrorProperty().get()).startsWith("The event was not saved: The record was changed elsewhere");
        assertThat(editor.mottoProperty().get()).isEqualTo("Together");
        assertThat(editor.savingProperty().get()).isFalse();
        assertThat(closed).hasValue(0);
    }

    @Test
    void cancellingAsksOnlyWhenSomethingWasTyped() {
        EventEditorViewModel untouched = editor(null);
        untouched.cancel();
        assertThat(dialogs.asked()).isEmpty();
        assertThat(closed).hasValue(1);

        EventEditorViewModel typed = editor(null);
        typed.titleProperty().set("Draft");
        dialogs.answerConfirmations(false);
        typed.cancel();
        assertThat(dialogs.asked()).containsExactly("Discard your changes to this event?");
        assertThat(closed).hasValue(1);
        dialogs.answerConfirmations(true);
        typed.cancel();
        assertThat(closed).hasValue(2);
    }

    @Test
    void aTripCanBeLoggedToAStoredUnchangedEvent() {
        EventEditorViewModel first = editor(null);
        first.titleProperty().set("Sixth conference");
        first.save();
        Event stored = catalogue.events().findById(catalogue.events().findAllSummaries().get(0).id()).orElseThrow();
        java.util.List<Event> logged = new java.util.ArrayList<>();
        EventEditorViewModel fresh = editor(null);
        fresh.setTripLogger(logged::add);
        assertThat(fresh.canLogTrip()).as("not for an event not yet saved").isFalse();
        EventEditorViewModel opened = editor(stored);
        opened.setTripLogger(logged::add);
        assertThat(opened.canLogTrip()).isTrue();
        opened.mottoProperty().set("changed");
        opened.logTrip();
        assertThat(logged).as("not while there are unsaved changes").isEmpty();
        EventEditorViewModel clean = editor(stored);
        clean.setTripLogger(logged::add);
        closed.set(0);
        clean.logTrip();
        assertThat(logged).containsExactly(stored);
        assertThat(closed).hasValue(1);
    }

    @Test
    void anOpenedEventShowsWhatWasStored() {
        EventEditorViewModel first = editor(null);
        first.titleProperty().set("Sixth conference");
        first.editionProperty().set("6");
        first.countryProperty().set("uzbekistan");
        first.cityProperty().set("Tashkent");
        first.startDateProperty().set(LocalDate.of(2018, 10, 31));
        first.addOrganiser("RATS SCO");
        first.save();
        Event stored = catalogue.events().findById(catalogue.events().findAllSummaries().get(0).id()).orElseThrow();
        EventEditorViewModel reopened = editor(stored);
        assertThat(reopened.titleProperty().get()).isEqualTo("Sixth conference");
        assertThat(reopened.editionProperty().get()).isEqualTo("6");
        assertThat(reopened.countryProperty().get()).isEqualTo("Uzbekistan");
        assertThat(reopened.organisers()).extracting(Organisation::acronym).containsExactly("RATS SCO");
        assertThat(reopened.changedProperty().get()).isFalse();
        assertThat(List.copyOf(reopened.participants())).isEmpty();
    }
}
