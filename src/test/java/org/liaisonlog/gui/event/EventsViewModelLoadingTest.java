package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.QueuedExecutor;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * How the events table fills on a catalogue larger than a screenful: the newest lines first, then
 * all; only the latest load fills it; the sorting is prepared in the background in slices.
 */
class EventsViewModelLoadingTest {

    /** More events than the table shows first. */
    private static final int EVENTS = EventsViewModel.FIRST_LINES + 30;

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final QueuedExecutor executor = new QueuedExecutor();
    private EventsViewModel events;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        for (int i = 0; i < EVENTS; i++) {
            // One event a month, newest last: "Meeting 229" is the newest.
            catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING, "Meeting " + i, null, null,
                    null, List.of(), "Tashkent", "UZ", null, PartialDate.ofMonth(2000 + i / 12, 1 + i % 12), null,
                    null, null, List.of(), List.of(), List.of()));
        }
        events = new EventsViewModel(new EventService(catalogue), executor, new RecordingDialogs(),
                new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void openingShowsTheNewestLinesFirstThenAllKeepingTheLinesAlreadyShown() {
        events.load();
        assertThat(events.rows()).isEmpty();
        assertThat(events.loadingProperty().get()).isTrue();

        executor.runNext();
        assertThat(events.rows()).hasSize(EventsViewModel.FIRST_LINES);
        assertThat(events.rows().get(0).title()).isEqualTo("Meeting " + (EVENTS - 1));
        assertThat(events.loadingProperty().get()).as("still reading the rest").isTrue();
        assertThat(events.statusProperty().get()).isEqualTo("The newest " + EventsViewModel.FIRST_LINES + " events; reading the others…");
        List<EventRowViewModel> first = List.copyOf(events.rows());

        executor.runNext();
        assertThat(events.rows()).hasSize(EVENTS);
        assertThat(events.loadingProperty().get()).isFalse();
        assertThat(events.statusProperty().get()).isEqualTo(EVENTS + " events");
        assertThat(events.rows().subList(0, first.size()))
                .as("the same line objects, so that a selection made meanwhile stays")
                .usingElementComparator((a, b) -> a == b ? 0 : 1)
                .containsExactlyElementsOf(first);
        assertThat(events.rows().get(EVENTS - 1).title()).isEqualTo("Meeting 0");
    }

    @Test
    void aReloadKeepsTheLinesShownUntilAllAreRead() {
        events.load();
        executor.runAll();
        catalogue.events().insert(new Event(RecordStamp.fresh(), EventKind.MEETING, "Newer still", null, null,
                null, List.of(), null, null, null, PartialDate.ofYear(2030), null, null, null, List.of(), List.of(),
                List.of()));

        events.load();
        executor.runNext();
        assertThat(events.rows()).as("no first screenful on a reload").hasSize(EVENTS + 1);
        assertThat(events.rows().get(0).title()).isEqualTo("Newer still");
    }

    @Test
    void onlyTheLatestLoadFillsTheTableAndItSelectsTheSavedEvent() {
        events.load();
        executor.runAll();
        EventRowViewModel saved = events.rows().get(5);

        events.load(saved.id());
        events.load();
        executor.runNext();
        assertThat(events.lastSavedProperty().get()).as("the first load was overtaken").isNull();
        assertThat(events.loadingProperty().get()).isTrue();
        executor.runNext();
        assertThat(events.loadingProperty().get()).isFalse();
        assertThat(events.lastSavedProperty().get()).isNotNull();
        assertThat(events.lastSavedProperty().get().id()).isEqualTo(saved.id());
    }

    @Test
    void theSortingIsPreparedInTheBackgroundForEveryLineInSlices() {
        List<List<EventRowViewModel>> prepared = new ArrayList<>();
        events.setSortPreparer(lines -> prepared.add(List.copyOf(lines)));
        events.load();
        executor.runNext();
        executor.runNext();
        assertThat(prepared).as("not before all lines are read").isEmpty();

        int tasks = executor.runAll();
        assertThat(tasks).isPositive();
        assertThat(prepared.stream().mapToInt(List::size).sum()).isEqualTo(EVENTS);
        assertThat(prepared.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(events.rows());
    }
}
