package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaisonlog.persistence.generated.Tables.ATTENDANCE;
import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_ORGANISER;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.persistence.generated.tables.records.AttendanceRecord;
import org.liaisonlog.persistence.generated.tables.records.EventOrganiserRecord;
import org.liaisonlog.persistence.generated.tables.records.EventRecord;
import org.liaisonlog.persistence.generated.tables.records.EventThemeRecord;

/** The lines of the events table. */
class EventSummariesTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void summariesNameOrganisersCountParticipantsAndNameThemes() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Event bare = catalogue.events().insert(Fixtures.yearOnly("Bare meeting", 2017, null));

        List<EventSummary> summaries = catalogue.events().findAllSummaries();

        assertThat(summaries).extracting(EventSummary::id).containsExactly(conference.id(), bare.id());
        EventSummary line = summaries.get(0);
        assertThat(line.organisers()).containsExactly("RATS SCO", "Ministry of Internal Affairs of Uzbekistan");
        assertThat(line.participants()).as("three attended, one excused").isEqualTo(3);
        assertThat(line.themes()).containsExactly("Counter-terrorism", "Use of the Internet for terrorist purposes");
        assertThat(line.kind()).isEqualTo(EventKind.CONFERENCE);
        assertThat(line.title()).isEqualTo(conference.title());
        assertThat(line.series()).isEqualTo(conference.series());
        assertThat(line.edition()).isEqualTo(6);
        assertThat(line.start()).isEqualTo(conference.start());
        assertThat(line.end()).isEqualTo(conference.end());
        assertThat(line.city()).isEqualTo("Tashkent");
        assertThat(line.countryCode()).isEqualTo("UZ");
        EventSummary empty = summaries.get(1);
        assertThat(empty.organisers()).isEmpty();
        assertThat(empty.themes()).isEmpty();
        assertThat(empty.participants()).isZero();
    }

    @Test
    void summariesAreNewestFirstWithUndatedEventsLast() {
        catalogue.events().insert(Fixtures.yearOnly("B older", 2015, null));
        catalogue.events().insert(Fixtures.yearOnly("Newest", 2020, null));
        catalogue.events().insert(Fixtures.yearOnly("A older", 2015, null));
        Event undated = Fixtures.yearOnly("Undated", 2000, null);
        catalogue.events().insert(new Event(undated.stamp(), undated.kind(), undated.title(), null, null, null,
                List.of(), null, null, null, null, null, null, null, List.of(), List.of(), List.of()));

        assertThat(catalogue.events().findAllSummaries()).extracting(EventSummary::title)
                .containsExactly("Newest", "A older", "B older", "Undated");
    }

    /** 20 000 events with 200 000 attendance lines, written straight into the tables. */
    @Test
    void summariesOfALargeCatalogueComeQuickly() {
        int eventCount = 20_000;
        var dsl = catalogue.dsl();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        catalogue.transactions().inTransaction(() -> {
            List<EventRecord> events = new ArrayList<>();
            List<EventOrganiserRecord> organisers = new ArrayList<>();
            List<EventThemeRecord> themes = new ArrayList<>();
            List<AttendanceRecord> attendance = new ArrayList<>();
            for (int i = 0; i < eventCount; i++) {
                UUID id = UUID.randomUUID();
                events.add(new EventRecord(id, "MEETING", "Meeting " + i, null, null, null, "City " + (i % 50), null,
                        null, LocalDate.of(2000, 1, 1).plusDays(i), "DAY", null, "DAY", null, null, now, now, 0));
                organisers.add(new EventOrganiserRecord(id, fixtures.unodc.id(), 0));
                organisers.add(new EventOrganiserRecord(id, fixtures.ministry.id(), 1));
                themes.add(new EventThemeRecord(id, fixtures.drugs.id()));
                for (int j = 0; j < 10; j++) {
                    attendance.add(new AttendanceRecord(UUID.randomUUID(), id, fixtures.rats.id(), null, null,
                            "OTHER", null, null, null, "ATTENDED", null, j, now, now, 0));
                }
            }
            Rows.insertAll(dsl, EVENT, events);
            Rows.insertAll(dsl, EVENT_ORGANISER, organisers);
            Rows.insertAll(dsl, EVENT_THEME, themes);
            Rows.insertAll(dsl, ATTENDANCE, attendance);
        });
        assertThat(dsl.fetchCount(ATTENDANCE)).isEqualTo(10 * eventCount);
        catalogue.events().findAllSummaries(); // warm up

        long started = System.nanoTime();
        List<EventSummary> summaries = catalogue.events().findAllSummaries();
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(summaries).hasSize(eventCount);
        assertThat(summaries.get(0).title()).isEqualTo("Meeting " + (eventCount - 1));
        assertThat(summaries.get(0).participants()).isEqualTo(10);
        assertThat(summaries.get(0).organisers())
                .containsExactly("UNODC", "Ministry of Internal Affairs of Uzbekistan");
        assertThat(summaries.get(0).themes()).containsExactly("Drug trafficking");
        assertThat(took).as("findAllSummaries took %s", took).isLessThan(Duration.ofSeconds(3));
    }
}
