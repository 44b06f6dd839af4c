package org.liaisonlog.gui.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.event.EventEditorViewModel;
import org.liaisonlog.gui.event.ParticipantEditorViewModel;
import org.liaisonlog.gui.organisation.OrganisationEditorViewModel;
import org.liaisonlog.gui.organisation.OrganisationsViewModel;
import org.liaisonlog.gui.person.PeopleViewModel;
import org.liaisonlog.gui.person.PersonEditorViewModel;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.persistence.H2Catalogue;

/** Offering the stored record before a new one is created, in the editors' view models. */
class DuplicatesViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private PersonEditorViewModel newPerson(String name) {
        List<PersonEditorViewModel> editors = new ArrayList<>();
        PeopleViewModel people = new PeopleViewModel(new PersonService(catalogue), TaskExecutor.synchronous(),
                dialogs, messages);
        people.setEditorOpener(editors::add);
        people.newRecord();
        PersonEditorViewModel editor = editors.get(0);
        editor.setCloser(closed::incrementAndGet);
        editor.nameProperty().set(name);
        return editor;
    }

    private OrganisationEditorViewModel newOrganisation(String name) {
        List<OrganisationEditorViewModel> editors = new ArrayList<>();
        OrganisationsViewModel organisations = new OrganisationsViewModel(new OrganisationService(catalogue),
                TaskExecutor.synchronous(), dialogs, messages);
        organisations.setEditorOpener(editors::add);
        organisations.newRecord();
        OrganisationEditorViewModel editor = editors.get(0);
        editor.setCloser(closed::incrementAndGet);
        editor.nameProperty().set(name);
        return editor;
    }

    private EventEditorViewModel newEvent() {
        EventService service = new EventService(catalogue);
        return new EventEditorViewModel(null, service.editingData(), service, TaskExecutor.synchronous(), dialogs,
                messages, id -> { });
    }

    @Test
    void aNewPersonSpelledLikeAStoredOneIsOfferedTheStoredOne() {
        int before = catalogue.people().count();
        PersonEditorViewModel editor = newPerson("Пустовитов Григорий");
        dialogs.answerChoices(0);

        editor.save();

        assertThat(dialogs.asked()).containsExactly("Use the existing 'Grigory Pustovitov'?");
        assertThat(dialogs.contents()).containsExactly(
                "'Пустовитов Григорий' looks like 'Grigory Pustovitov', which is already in the catalogue.");
        assertThat(catalogue.people().count()).isEqualTo(before);
        assertThat(closed).hasValue(1);
    }

    @Test
    void choosingToCreateANewPersonSavesThemAndClosingTheQuestionSavesNothing() {
        int before = catalogue.people().count();
        PersonEditorViewModel editor = newPerson("Grigoriy Pustovitov");
        dialogs.answerChoices(null);
        editor.save();
        assertThat(catalogue.people().count()).isEqualTo(before);
        assertThat(closed).hasValue(0);
        assertThat(editor.savingProperty().get()).isFalse();

        dialogs.answerChoices(1);
        editor.save();
        assertThat(catalogue.people().count()).isEqualTo(before + 1);
        assertThat(closed).hasValue(1);
    }

    @Test
    void aNewPersonWithAnUnrelatedNameIsSavedWithoutAQuestion() {
        int before = catalogue.people().count();
        newPerson("Ivan Petrov").save();
        assertThat(dialogs.asked()).isEmpty();
        assertThat(catalogue.people().count()).isEqualTo(before + 1);
    }

    @Test
    void aNewOrganisationNamedLikeAStoredAcronymIsOfferedIt() {
        int before = catalogue.organisations().count();
        OrganisationEditorViewModel editor = newOrganisation("the U.N.O.D.C.");
        dialogs.answerChoices(0);

        editor.save();

        assertThat(dialogs.asked()).singleElement().asString().startsWith("Use the existing '").contains("(UNODC)");
        assertThat(catalogue.organisations().count()).isEqualTo(before);
        assertThat(closed).hasValue(1);
    }

    @Test
    void anOrganiserTypedWithATypoCanBeTheStoredOne() {
        EventEditorViewModel editor = newEvent();
        dialogs.answerChoices(0);
        editor.addOrganiser("Interpoll");
        assertThat(editor.organisers()).extracting(Organisation::acronym).containsExactly("INTERPOL");
        assertThat(editor.choices().isNew(editor.organisers().get(0))).isFalse();

        dialogs.answerChoices(null);
        editor.addOrganiser("U.N.O.D.C");
        assertThat(editor.organisers()).hasSize(1);

        dialogs.answerChoices(1);
        editor.addOrganiser("U.N.O.D.C");
        assertThat(editor.organisers()).hasSize(2);
        assertThat(editor.choices().isNew(editor.organisers().get(1))).isTrue();
        editor.addOrganiser("unodc");
        assertThat(editor.organisers()).hasSize(3);
        assertThat(dialogs.asked()).hasSize(3);
    }

    @Test
    void aParticipantTypedInCyrillicCanBeTheStoredPerson() {
        EventEditorViewModel editor = newEvent();
        editor.titleProperty().set("Working meeting");
        ParticipantEditorViewModel participant = editor.participantEditor(null);
        participant.personProperty().set("Пустовитов Григорий");
        participant.organisationProperty().set("C.A.R.I.C.C.");
        participant.capacityProperty().set(Capacity.OTHER_ORGANISATION);
        dialogs.answerChoices(0);

        editor.applyParticipant(null, participant);

        assertThat(dialogs.asked()).hasSize(2);
        Person pustovitov = catalogue.people().findAll().stream()
                .filter(p -> p.name().equals("Grigory Pustovitov")).findFirst().orElseThrow();
        assertThat(editor.participants().get(0).attendance().personId()).isEqualTo(pustovitov.id());
        assertThat(editor.participants().get(0).attendance().organisationId()).isEqualTo(pustovitov.organisationId());
    }
}
