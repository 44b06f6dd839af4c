package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_SOURCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.SOURCE;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.event.EventRepository;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.Source;

/** Events stored and read whole, with the optimistic lock. */
class JooqEventRepositoryTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;
    private EventRepository events;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
        events = catalogue.events();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void insertStoresTheWholeEventAtVersionZero() {
        Event event = fixtures.conference();
        Event stored = events.insert(event);

        assertThat(stored.stamp().id()).isEqualTo(event.id());
        assertThat(stored.stamp().version()).isZero();
        assertThat(stored.stamp().createdAt()).isNotNull().isEqualTo(stored.stamp().updatedAt());
        assertThat(stored).usingRecursiveComparison().ignoringFields("stamp").isEqualTo(event);
        assertThat(stored.start()).isEqualTo(new PartialDate(LocalDate.of(2018, 4, 1), DatePrecision.MONTH));
        assertThat(events.findById(event.id())).contains(stored);
        assertThat(events.count()).isEqualTo(1);
    }

    @Test
    void reopeningGivesBackExactlyWhatWasSaved() {
        Event stored = events.insert(fixtures.conference());
        Event yearOnly = events.insert(Fixtures.yearOnly("Annual meeting", 2017, "Moscow"));
        catalogue.close();

        catalogue = H2Catalogue.open(temp);
        assertThat(catalogue.events().findById(stored.id())).contains(stored);
        assertThat(catalogue.events().findById(yearOnly.id())).contains(yearOnly);
        assertThat(yearOnly.start().precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(yearOnly.end()).isNull();
    }

    @Test
    void updateReplacesTheChildRowsAndTakesTheNextVersion() {
        Event stored = events.insert(fixtures.conference());
        Source replacement = new Source(UUID.randomUUID(), null, "Notes", null, "My own note");
        Event edited = new Event(stored.stamp(), stored.kind(), "Renamed", null, null, null,
                List.of(fixtures.unodc.id(), fixtures.rats.id()), "Samarkand", "UZ", null,
                PartialDate.ofDay(LocalDate.of(2018, 4, 18)), PartialDate.ofDay(LocalDate.of(2018, 4, 19)),
                null, null, List.of(fixtures.drugs.id()), List.of(replacement),
                List.of(stored.attendance().get(2), stored.attendance().get(0)));

        Event updated = events.update(edited);

        assertThat(updated.stamp().version()).isEqualTo(1);
        assertThat(updated.stamp().createdAt()).isEqualTo(stored.stamp().createdAt());
        assertThat(updated.stamp().updatedAt()).isAfterOrEqualTo(stored.stamp().updatedAt());
        assertThat(updated).usingRecursiveComparison().ignoringFields("stamp").isEqualTo(edited);
        assertThat(events.findById(stored.id())).contains(updated);
        var dsl = catalogue.dsl();
        assertThat(dsl.fetchCount(ATTENDANCE)).isEqualTo(2);
        assertThat(dsl.fetchCount(EVENT_ORGANISER)).isEqualTo(2);
        assertThat(dsl.fetchCount(EVENT_THEME)).isEqualTo(1);
        assertThat(dsl.select(SOURCE.ID).from(SOURCE).fetch(SOURCE.ID)).containsExactly(replacement.id());
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndChangesNothing() {
        Event stored = events.insert(fixtures.conference());
        Event first = events.findById(stored.id()).orElseThrow();
        Event second = events.findById(stored.id()).orElseThrow();

        Event firstSaved = events.update(withTitle(first, "First editor's title"));
        assertThat(firstSaved.stamp().version()).isEqualTo(1);

        assertThatThrownBy(() -> events.update(withTitle(second, "Second editor's title")))
                .isInstanceOf(StaleRecordException.class)
                .satisfies(e -> assertThat(((StaleRecordException) e).recordId()).isEqualTo(stored.id()));
        assertThat(events.findById(stored.id())).contains(firstSaved);

        assertThatThrownBy(() -> events.delete(stored.id(), 0)).isInstanceOf(StaleRecordException.class);
        assertThat(events.findById(stored.id())).contains(firstSaved);
    }

    @Test
    void deleteRemovesTheEventWithItsAttendanceLinksAndSources() {
        Event stored = events.insert(fixtures.conference());
        Event other = events.insert(Fixtures.yearOnly("Other", 2016, null));

        events.delete(stored.id(), 0);

        assertThat(events.findById(stored.id())).isEmpty();
        assertThat(events.findById(other.id())).contains(other);
        var dsl = catalogue.dsl();
        assertThat(dsl.fetchCount(ATTENDANCE)).isZero();
        assertThat(dsl.fetchCount(EVENT_ORGANISER)).isZero();
        assertThat(dsl.fetchCount(EVENT_THEME)).isZero();
        assertThat(dsl.fetchCount(EVENT_SOURCE)).isZero();
        assertThat(dsl.fetchCount(SOURCE)).isZero();
        assertThatThrownBy(() -> events.delete(stored.id(), 0)).isInstanceOf(StaleRecordException.class);
        assertThatThrownBy(() -> events.update(stored)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void aSourceSharedWithAnotherEventOutlivesTheDeletedOne() {
        Event first = events.insert(fixtures.conference());
        Source shared = first.sources().get(0);
        Event second = events.insert(withSources(Fixtures.yearOnly("Follow-up", 2018, null), List.of(shared)));

        events.delete(first.id(), 0);

        assertThat(events.findById(second.id()).orElseThrow().sources()).containsExactly(shared);
    }

    @Test
    void findCitiesGivesEachCityOnceInOrder() {
        events.insert(Fixtures.yearOnly("A", 2015, "Tashkent"));
        events.insert(Fixtures.yearOnly("B", 2016, "Astana"));
        events.insert(Fixtures.yearOnly("C", 2017, "Tashkent"));
        events.insert(Fixtures.yearOnly("D", 2018, null));

        assertThat(events.findCities()).containsExactly("Astana", "Tashkent");
    }

    @Test
    void attendanceKeepsItsOrderAndValues() {
        Event stored = events.insert(fixtures.conference());
        assertThat(stored.attendance()).extracting(a -> a.capacity())
                .containsExactly(Capacity.HOST, Capacity.SECRETARIAT, Capacity.MEMBER_STATE, Capacity.OTHER);
        assertThat(stored.attendance().get(3).status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(stored.organiserIds()).containsExactly(fixtures.rats.id(), fixtures.ministry.id());
    }

    private static Event withTitle(Event e, String title) {
        return new Event(e.stamp(), e.kind(), title, e.series(), e.edition(), e.motto(), e.organiserIds(), e.city(),
                e.countryCode(), e.venue(), e.start(), e.end(), e.summary(), e.outcomes(), e.themeIds(),
                e.sources(), e.attendance());
    }

    private static Event withSources(Event e, List<Source> sources) {
        return new Event(e.stamp(), e.kind(), e.title(), e.series(), e.edition(), e.motto(), e.organiserIds(),
                e.city(), e.countryCode(), e.venue(), e.start(), e.end(), e.summary(), e.outcomes(), e.themeIds(),
                sources, e.attendance());
    }
}
