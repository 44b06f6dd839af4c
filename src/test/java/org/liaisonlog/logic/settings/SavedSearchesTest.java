package org.liaisonlog.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.persistence.H2Catalogue;

/** Saved searches kept inside a real catalogue file, across closing and opening it again. */
class SavedSearchesTest {

    @TempDir
    Path folder;

    @Test
    void savedSearchesSurviveClosingTheCatalogueInOrder() {
        SavedSearch tashkent = new SavedSearch("Tashkent 2018", "tashkent \"border control\"",
                LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
                Map.of("kind", List.of("CONFERENCE", "MEETING"), "country", List.of("UZ"), "empty", List.of()));
        SavedSearch pustovitov = new SavedSearch("Пустовитов", "Пустовитов", null, null, Map.of());
        try (Catalogue catalogue = H2Catalogue.open(folder)) {
            SavedSearches store = new SavedSearches(catalogue);
            assertThat(store.list()).isEmpty();
            store.save(tashkent);
            store.save(pustovitov);
        }
        try (Catalogue catalogue = H2Catalogue.open(folder)) {
            List<SavedSearch> saved = new SavedSearches(catalogue).list();
            assertThat(saved).containsExactly(tashkent, pustovitov);
            assertThat(saved.get(0).filters()).doesNotContainKey("empty");
            assertThat(saved.get(0).values("kind")).containsExactly("CONFERENCE", "MEETING");
        }
    }

    @Test
    void savingUnderAnExistingNameReplacesItAndRemovingDropsIt() {
        try (Catalogue catalogue = H2Catalogue.open(folder)) {
            SavedSearches store = new SavedSearches(catalogue);
            store.save(new SavedSearch("a", "one", null, null, Map.of()));
            store.save(new SavedSearch("b", "two", null, null, Map.of()));
            store.save(new SavedSearch("a", "three", null, null, Map.of()));
            assertThat(store.list()).extracting(SavedSearch::query).containsExactly("three", "two");
            assertThat(store.remove("a")).extracting(SavedSearch::name).containsExactly("b");
            assertThat(store.list()).extracting(SavedSearch::name).containsExactly("b");
        }
    }

    @Test
    void aLongListIsSplitOverSeveralValuesAndShrinksCleanly() {
        try (Catalogue catalogue = H2Catalogue.open(folder)) {
            SavedSearches store = new SavedSearches(catalogue);
            String longQuery = "Щербаков ".repeat(300);
            for (int i = 0; i < 5; i++) {
                store.save(new SavedSearch("search " + i, longQuery + i, null, null, Map.of()));
            }
            int parts = Integer.parseInt(catalogue.settings().get(SavedSearches.PARTS).orElseThrow());
            assertThat(parts).isGreaterThan(1);
            assertThat(store.list()).hasSize(5).allSatisfy(s -> assertThat(s.query()).startsWith(longQuery));
            for (int i = 0; i < 4; i++) {
                store.remove("search " + i);
            }
            assertThat(store.list()).extracting(SavedSearch::name).containsExactly("search 4");
            assertThat(catalogue.settings().get(SavedSearches.PART + (parts - 1)).orElse(null)).isNull();
        }
    }

    @Test
    void aDamagedValueGivesNoSavedSearchesRatherThanAFailure() {
        try (Catalogue catalogue = H2Catalogue.open(folder)) {
            catalogue.settings().put(SavedSearches.PARTS, "1");
            catalogue.settings().put(SavedSearches.PART + "0", "[{\"name\": \"half");
            assertThat(new SavedSearches(catalogue).list()).isEmpty();
            new SavedSearches(catalogue).save(new SavedSearch("fresh", "x", null, null, Map.of()));
            assertThat(new SavedSearches(catalogue).list()).extracting(SavedSearch::name).containsExactly("fresh");
        }
    }
}
