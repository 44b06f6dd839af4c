package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.EventSummary;

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

    @Test
    void theNewestLinesAreTheFirstLinesOfAllWithTheSameCountsAndNames() {
        Event conference = catalogue.events().insert(fixtures.conference());
        catalogue.events().insert(Fixtures.yearOnly("B older", 2015, null));
        catalogue.events().insert(Fixtures.yearOnly("Newest", 2020, null));
        catalogue.events().insert(Fixtures.yearOnly("A older", 2015, null));

        for (String language : List.of("en", "ru")) {
            List<EventSummary> all = catalogue.events().findAllSummaries(language);
            assertThat(all).hasSize(4);
            for (int limit = 1; limit <= 5; limit++) {
                assertThat(catalogue.events().findNewestSummaries(language, limit))
                        .as("first %d lines in %s", limit, language)
                        .isEqualTo(all.subList(0, Math.min(limit, all.size())));
            }
        }
        EventSummary line = catalogue.events().findNewestSummaries("en", 2).stream()
                .filter(e -> e.id().equals(conference.id())).findFirst().orElseThrow();
        assertThat(line.participants()).as("three attended, one excused").isEqualTo(3);
        assertThat(line.organisers()).containsExactly("RATS SCO", "Ministry of Internal Affairs of Uzbekistan");
        assertThat(line.themes()).containsExactly("Counter-terrorism", "Use of the Internet for terrorist purposes");
    }

    @Test
    void theNewestLinesOfAnEmptyCatalogueAreNone() {
        assertThat(catalogue.events().findNewestSummaries("en", 200)).isEmpty();
    }
}
