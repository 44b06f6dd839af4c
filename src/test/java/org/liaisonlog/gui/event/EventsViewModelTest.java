package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.persistence.H2Catalogue;

/** The events screen's view model over the example catalogue, without a screen. */
class EventsViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private EventsViewModel events;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        events = new EventsViewModel(new EventService(catalogue), TaskExecutor.synchronous(), dialogs,
                new Messages(Locale.ENGLISH));
        events.load();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void theTableShowsTheExampleConference() {
        assertThat(events.rows()).hasSize(1);
        EventRowViewModel row = events.rows().get(0);
        assertThat(row.dateText()).isEqualTo("31 Oct – 1 Nov 2018");
        assertThat(row.editionProperty().get()).isEqualTo(6);
        assertThat(row.placeProperty().get()).isEqualTo("Tashkent, Uzbekistan");
        assertThat(row.organisersProperty().get()).isEqualTo("RATS SCO");
        assertThat(row.participantsProperty().get()).isEqualTo(27);
        assertThat(row.themesProperty().get()).contains("Afghanistan", "Middle East");
        assertThat(events.statusProperty().get()).isEqualTo("1 event");
    }

    @Test
    void inRussianThemesAndCountriesAreNamedInRussian() {
        EventsViewModel russian = new EventsViewModel(new EventService(catalogue), TaskExecutor.synchronous(), dialogs,
                new Messages(Locale.forLanguageTag("ru")));
        russian.load();
        EventRowViewModel row = russian.rows().get(0);
        assertThat(row.placeProperty().get()).isEqualTo("Tashkent, Узбекистан");
        assertThat(row.dateText()).isEqualTo("31.10 – 01.11.2018");
        assertThat(row.themesProperty().get()).contains("Афганистан", "Ближний Восток");
        assertThat(russian.statusProperty().get()).isEqualTo("Мероприятий: 1");
    }

    @Test
    void theFilterKeepsLinesWithEveryWordIgnoringCaseAndAccents() {
        events.filterProperty().set("TASHKENT  rats");
        assertThat(events.rows()).hasSize(1);
        events.filterProperty().set("tashkent vienna");
        assertThat(events.rows()).isEmpty();
        assertThat(events.statusProperty().get()).isEqualTo("0 of 1 events");
        events.filterProperty().set("");
        assertThat(events.rows()).hasSize(1);
    }

    @Test
    void deletingAsksAndCancelKeepsTheEvent() {
        EventRowViewModel row = events.rows().get(0);
        dialogs.answerConfirmations(false);
        events.delete(row);
        assertThat(dialogs.asked()).hasSize(1).first().asString().startsWith("Delete the event");
        assertThat(catalogue.events().count()).isEqualTo(1);
        dialogs.answerConfirmations(true);
        events.delete(row);
        assertThat(catalogue.events().count()).isZero();
        assertThat(events.rows()).isEmpty();
        // People and organisations stay in the catalogue.
        assertThat(catalogue.people().count()).isEqualTo(1);
    }
}
