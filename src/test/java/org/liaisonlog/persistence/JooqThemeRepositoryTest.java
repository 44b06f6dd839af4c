package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.theme.ThemeRepository;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.theme.Theme;

/** The theme tree edited on a real H2 file: rename, move, delete, merge, counts. */
class JooqThemeRepositoryTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;
    private ThemeRepository themes;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
        themes = catalogue.themes();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void updateRenamesInBothLanguagesAndMovesUnderAnotherParent() {
        Theme internet = fixtures.internet;
        Theme changed = themes.update(new Theme(internet.stamp(), fixtures.drugs.id(), null, "Online drug markets",
                "Онлайн-рынки наркотиков", 3));

        assertThat(changed.stamp().version()).isEqualTo(1);
        assertThat(changed.stamp().createdAt()).isEqualTo(internet.stamp().createdAt());
        Theme stored = find(internet.id());
        assertThat(stored).isEqualTo(changed);
        assertThat(stored.nameEn()).isEqualTo("Online drug markets");
        assertThat(stored.name("ru")).isEqualTo("Онлайн-рынки наркотиков");
        assertThat(stored.parentId()).isEqualTo(fixtures.drugs.id());
        assertThat(themes.findAll()).extracting(Theme::nameEn)
                .containsExactly("Counter-terrorism", "Drug trafficking", "Online drug markets");
    }

    @Test
    void anUpdateOverAnOldVersionIsRefusedAndWritesNothing() {
        themes.update(new Theme(fixtures.drugs.stamp(), null, null, "Drugs", null, 2));
        assertThatThrownBy(() -> themes.update(new Theme(fixtures.drugs.stamp(), null, null, "Narcotics", null, 2)))
                .isInstanceOf(StaleRecordException.class);
        assertThat(find(fixtures.drugs.id()).nameEn()).isEqualTo("Drugs");
    }

    @Test
    void deleteIsRefusedForAThemeEventsCarryOrWithSubThemes() {
        catalogue.events().insert(Fixtures.yearOnly("Meeting", 2020, "Vienna"));
        Event conference = catalogue.events().insert(fixtures.conference());

        assertThatThrownBy(() -> themes.delete(fixtures.internet.id(), 0))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.themeInUse");
        assertThat(find(fixtures.internet.id())).isNotNull();
        // Untagged, the parent still has its sub-theme.
        catalogue.events().delete(conference.id(), conference.stamp().version());
        assertThatThrownBy(() -> themes.delete(fixtures.terrorism.id(), 0))
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.themeInUse");
        themes.delete(fixtures.internet.id(), 0);
        themes.delete(fixtures.terrorism.id(), 0);
        assertThat(themes.findAll()).extracting(Theme::nameEn).containsExactly("Drug trafficking");
        assertThatThrownBy(() -> themes.delete(fixtures.drugs.id(), 7)).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void mergeRetagsEventsOnceMovesSubThemesAndDeletesTheMergedTheme() {
        Event conference = catalogue.events().insert(fixtures.conference()); // terrorism + internet
        Event other = catalogue.events().insert(withThemes(Fixtures.yearOnly("Seminar", 2021, "Bishkek"),
                fixtures.terrorism.id()));
        Theme extra = themes.insert(Fixtures.theme(fixtures.terrorism.id(), "Financing", 2));
        assertThat(themes.eventCounts()).containsEntry(fixtures.terrorism.id(), 2)
                .containsEntry(fixtures.internet.id(), 1).doesNotContainKey(fixtures.drugs.id());

        themes.merge(fixtures.terrorism.id(), fixtures.internet.id());

        assertThat(themes.findAll()).extracting(Theme::nameEn).containsExactly(
                "Use of the Internet for terrorist purposes", "Financing", "Drug trafficking");
        assertThat(find(fixtures.internet.id()).parentId()).as("took the merged theme's place").isNull();
        assertThat(find(extra.id()).parentId()).isEqualTo(fixtures.internet.id());
        assertThat(catalogue.events().findById(conference.id()).orElseThrow().themeIds())
                .containsExactly(fixtures.internet.id());
        assertThat(catalogue.events().findById(other.id()).orElseThrow().themeIds())
                .containsExactly(fixtures.internet.id());
        assertThat(themes.eventCounts()).containsOnly(java.util.Map.entry(fixtures.internet.id(), 2));
        assertThat(catalogue.events().findById(other.id()).orElseThrow().stamp().version())
                .as("a retagged event gets a new version, so a stale editor cannot write the old tags back")
                .isEqualTo(other.stamp().version() + 1);
        assertThatThrownBy(() -> catalogue.events().update(other)).isInstanceOf(StaleRecordException.class);
        assertThat(themes.eventIdsWithTheme(fixtures.internet.id()))
                .containsExactlyInAnyOrder(conference.id(), other.id());
    }

    @Test
    void mergeIntoAMissingThemeChangesNothing() {
        catalogue.events().insert(fixtures.conference());
        assertThatThrownBy(() -> themes.merge(fixtures.drugs.id(), UUID.randomUUID()))
                .isInstanceOf(StaleRecordException.class);
        assertThat(themes.count()).isEqualTo(3);
    }

    private static Event withThemes(Event e, UUID... themeIds) {
        return new Event(e.stamp(), e.kind(), e.title(), e.series(), e.edition(), e.motto(), e.organiserIds(),
                e.city(), e.countryCode(), e.venue(), e.start(), e.end(), e.summary(), e.outcomes(),
                java.util.List.of(themeIds), e.sources(), e.attendance());
    }

    private Theme find(UUID id) {
        return themes.findAll().stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }
}
