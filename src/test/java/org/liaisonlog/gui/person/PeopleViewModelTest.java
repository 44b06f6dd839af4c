package org.liaisonlog.gui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.persistence.H2Catalogue;

/** The people screen's view models over the example catalogue, without a screen. */
class PeopleViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<PersonEditorViewModel> editors = new ArrayList<>();
    private final List<UUID> openedEvents = new ArrayList<>();
    private PeopleViewModel people;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        people = new PeopleViewModel(new PersonService(catalogue), TaskExecutor.synchronous(), dialogs,
                new Messages(Locale.ENGLISH));
        people.setEditorOpener(editors::add);
        people.setEventOpener(openedEvents::add);
        people.load();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private PersonRowViewModel pustovitov() {
        return people.rows().stream().filter(r -> r.nameProperty().get().equals("Grigory Pustovitov"))
                .findFirst().orElseThrow();
    }

    @Test
    void theTableShowsThePersonWithOrganisationAndEventCount() {
        PersonRowViewModel row = pustovitov();
        assertThat(row.organisationProperty().get()).isEqualTo("CARICC");
        assertThat(row.positionProperty().get()).isEqualTo("Director");
        assertThat(row.otherSpellingsProperty().get()).contains("Григорий Пустовитов");
        assertThat(row.eventsProperty().get()).isEqualTo(1);
        people.filterProperty().set("пустовитов");
        assertThat(people.rows()).containsExactly(row);
        people.filterProperty().set("nobody at all");
        assertThat(people.rows()).isEmpty();
    }

    @Test
    void editingThePositionSavesAndRefreshesTheLine() {
        people.open(pustovitov());
        PersonEditorViewModel editor = editors.get(0);
        assertThat(editor.organisationProperty().get()).contains("CARICC");
        editor.positionProperty().set("Former Director");
        assertThat(editor.validProperty().get()).isTrue();
        editor.save();

        assertThat(editor.saveErrorProperty().get()).isNull();
        assertThat(pustovitov().positionProperty().get()).isEqualTo("Former Director");
        Person stored = catalogue.people().findById(pustovitov().id()).orElseThrow();
        assertThat(stored.position()).isEqualTo("Former Director");
        assertThat(stored.stamp().version()).isEqualTo(1);
        assertThat(stored.otherSpellings()).contains("Григорий Пустовитов");
        assertThat(people.lastSavedProperty().get().id()).isEqualTo(stored.id());
    }

    @Test
    void aPersonWithoutANameCannotBeSaved() {
        people.newRecord();
        PersonEditorViewModel editor = editors.get(0);
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.nameErrorProperty().get()).isEqualTo("A name is required.");
        editor.positionProperty().set("Analyst");
        editor.save();
        assertThat(catalogue.people().count()).isEqualTo(1);

        editor.organisationProperty().set("No such body");
        editor.nameProperty().set("Ivan Petrov");
        assertThat(editor.organisationErrorProperty().get()).startsWith("No such organisation");
        assertThat(editor.validProperty().get()).isFalse();
        editor.organisationProperty().set("CARICC");
        editor.countryProperty().set("Kazakhstan");
        editor.otherSpellingsProperty().set("Иван Петров\n\n  Petrov I.  \n");
        assertThat(editor.validProperty().get()).isTrue();
        editor.save();
        Person stored = catalogue.people().findAll().stream().filter(p -> p.name().equals("Ivan Petrov"))
                .findFirst().orElseThrow();
        assertThat(stored.countryCode()).isEqualTo("KZ");
        assertThat(stored.organisationId()).isNotNull();
        assertThat(stored.otherSpellings()).containsExactlyInAnyOrder("Иван Петров", "Petrov I.");
    }

    @Test
    void theHistoryListsTheConferenceAndOpensItsEvent() {
        people.open(pustovitov());
        PersonEditorViewModel editor = editors.get(0);
        assertThat(editor.history()).hasSize(1);
        HistoryRowViewModel line = editor.history().get(0);
        assertThat(line.eventProperty().get()).startsWith("Sixth Scientific and Practical Conference");
        assertThat(line.capacityProperty().get()).isEqualTo("Other organisation");
        assertThat(line.titleProperty().get()).isEqualTo("Director");
        assertThat(line.dateText()).isEqualTo("31 Oct 2018");
        assertThat(line.placeProperty().get()).isEqualTo("Tashkent, Uzbekistan");
        editor.openEvent(line);
        assertThat(openedEvents).containsExactly(line.eventId());
    }

    @Test
    void deletingSomeoneWhoAttendedIsRefusedWithTheReason() {
        dialogs.answerConfirmations(true);
        people.delete(pustovitov());
        assertThat(dialogs.asked()).containsExactly("Delete Grigory Pustovitov?");
        assertThat(dialogs.errors()).singleElement().asString().contains("attended an event");
        assertThat(catalogue.people().count()).isEqualTo(1);
    }

    @Test
    void aFreePersonIsDeletedAfterConfirmation() {
        people.newRecord();
        editors.get(0).nameProperty().set("Temporary");
        editors.get(0).save();
        PersonRowViewModel row = people.rows().stream().filter(r -> r.nameProperty().get().equals("Temporary"))
                .findFirst().orElseThrow();
        dialogs.answerConfirmations(false);
        people.delete(row);
        assertThat(catalogue.people().count()).isEqualTo(2);
        dialogs.answerConfirmations(true);
        people.delete(row);
        assertThat(catalogue.people().count()).isEqualTo(1);
        assertThat(people.rows()).hasSize(1);
    }

    @Test
    void aStaleSaveKeepsWhatWasTypedAndSaysWhy() {
        people.open(pustovitov());
        PersonEditorViewModel editor = editors.get(0);
        Person current = catalogue.people().findById(pustovitov().id()).orElseThrow();
        catalogue.people().update(current);
        editor.positionProperty().set("Deputy");
        editor.save();
        assertThat(editor.saveErrorProperty().get()).startsWith("The person was not saved: The record was changed");
        assertThat(editor.positionProperty().get()).isEqualTo("Deputy");
        assertThat(editor.changedProperty().get()).isTrue();
    }

    @Test
    void cancellingAsksOnlyWhenSomethingWasTyped() {
        AtomicInteger closed = new AtomicInteger();
        people.open(pustovitov());
        PersonEditorViewModel editor = editors.get(0);
        editor.setCloser(closed::incrementAndGet);
        editor.cancel();
        assertThat(dialogs.asked()).isEmpty();
        assertThat(closed).hasValue(1);

        editor.positionProperty().set("Deputy");
        dialogs.answerConfirmations(false);
        editor.cancel();
        assertThat(dialogs.asked()).containsExactly("Discard your changes to this person?");
        assertThat(closed).hasValue(1);
        assertThat(editor.positionProperty().get()).isEqualTo("Deputy");
        dialogs.answerConfirmations(true);
        editor.cancel();
        assertThat(closed).hasValue(2);
    }
}
