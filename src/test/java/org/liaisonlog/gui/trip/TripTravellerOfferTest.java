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
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * A traveller typed on a trip whose name is a close spelling of a stored person's is offered
 * that person before a new one is made (docs/decisions/0007), over the example catalogue.
 */
class TripTravellerOfferTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private TripService service;
    private Person director;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<UUID> saved = new ArrayList<>();

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        service = new TripService(catalogue);
        director = catalogue.people().findAll().stream().filter(p -> p.name().equals("Grigory Pustovitov"))
                .findFirst().orElseThrow();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    private TripEditorViewModel newTrip() {
        TripEditorViewModel editor = new TripEditorViewModel(null, service.editingData(), service,
                TaskExecutor.synchronous(), dialogs, new Messages(Locale.ENGLISH), saved::add);
        editor.purposeProperty().set("Consultations");
        return editor;
    }

    @Test
    void takingTheOfferedPersonMakesThemTheTravellerAndCreatesNobody() {
        int people = catalogue.people().count();
        TripEditorViewModel editor = newTrip();
        dialogs.answerChoices(0);

        assertThat(editor.addTraveller("Grigori Pustovitov")).isTrue();

        assertThat(dialogs.asked()).containsExactly("Use the existing 'Grigory Pustovitov'?");
        assertThat(dialogs.contents()).containsExactly(
                "'Grigori Pustovitov' looks like 'Grigory Pustovitov', which is already in the catalogue.");
        assertThat(editor.travellers()).containsExactly(director);
        assertThat(editor.choices().isNew(director)).isFalse();
        editor.save();
        Trip stored = catalogue.trips().findById(saved.get(0)).orElseThrow();
        assertThat(stored.travellerIds()).containsExactly(director.id());
        assertThat(catalogue.people().count()).isEqualTo(people);
    }

    @Test
    void theSameSpellingTypedAgainIsNotAskedAboutTwice() {
        TripEditorViewModel editor = newTrip();
        dialogs.answerChoices(0);
        editor.addTraveller("Grigori Pustovitov");
        editor.travellers().clear();
        editor.addTraveller("grigori pustovitov");
        assertThat(dialogs.asked()).hasSize(1);
        assertThat(editor.travellers()).containsExactly(director);
    }

    @Test
    void creatingANewOneKeepsTheTypedNameAsANewPerson() {
        int people = catalogue.people().count();
        TripEditorViewModel editor = newTrip();
        dialogs.answerChoices(1);

        editor.addTraveller("Grigori Pustovitov");
        editor.addTraveller("Grigori Pustovitov");

        assertThat(dialogs.asked()).as("asked once").hasSize(1);
        assertThat(editor.travellers()).extracting(Person::name).containsExactly("Grigori Pustovitov");
        assertThat(editor.choices().isNew(editor.travellers().get(0))).isTrue();
        editor.save();
        assertThat(catalogue.people().count()).isEqualTo(people + 1);
    }

    @Test
    void closingTheQuestionAddsNobody() {
        TripEditorViewModel editor = newTrip();
        dialogs.answerChoices(null);
        assertThat(editor.addTraveller("Grigori Pustovitov")).isFalse();
        assertThat(editor.travellers()).isEmpty();
        // Nothing was settled: the next Enter asks again.
        dialogs.answerChoices(0);
        assertThat(editor.addTraveller("Grigori Pustovitov")).isTrue();
        assertThat(dialogs.asked()).hasSize(2);
        assertThat(editor.travellers()).containsExactly(director);
    }

    @Test
    void anExactNameOrAnUnrelatedOneIsNotAskedAbout() {
        TripEditorViewModel editor = newTrip();
        editor.addTraveller("grigory pustovitov");
        editor.addTraveller("Aziz Karimov");
        assertThat(dialogs.asked()).isEmpty();
        assertThat(editor.travellers()).extracting(Person::name).containsExactly("Grigory Pustovitov", "Aziz Karimov");
        assertThat(editor.choices().isNew(editor.travellers().get(1))).isTrue();
    }
}
