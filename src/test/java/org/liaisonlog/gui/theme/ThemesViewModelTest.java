package org.liaisonlog.gui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.liaisonlog.logic.theme.ThemeService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.persistence.H2Catalogue;

/** The themes screen's view model over the example catalogue, without a screen. */
class ThemesViewModelTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private ThemesViewModel themes;
    private final List<UUID> opened = new ArrayList<>();

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        themes = new ThemesViewModel(new ThemeService(catalogue), TaskExecutor.synchronous(), dialogs,
                new Messages(Locale.ENGLISH));
        themes.setEventOpener(opened::add);
        themes.load();
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void theTreeCountsTheEventsOfEachThemeAndListsThem() {
        ThemeNodeViewModel afghanistan = node("Afghanistan");
        assertThat(afghanistan.eventCount()).isEqualTo(1);
        assertThat(afghanistan.label()).isEqualTo("Afghanistan (1)");
        assertThat(afghanistan.depth()).isEqualTo(1);
        assertThat(node("Regional security").label()).isEqualTo("Regional security");
        assertThat(themes.visibleNodes().stream().filter(n -> n.eventCount() > 0)).hasSize(11);

        themes.select(afghanistan);
        assertThat(themes.events()).extracting(ThemeEventRowViewModel::title)
                .containsExactly(catalogue.events().findAllSummaries().get(0).title());
        assertThat(themes.events().get(0).dateText()).isEqualTo("31 Oct – 1 Nov 2018");
        themes.openEvent(themes.events().get(0));
        assertThat(opened).containsExactly(themes.events().get(0).id());
    }

    @Test
    void theFilterKeepsMatchingThemesAndTheirAncestors() {
        int all = themes.visibleNodes().size();
        themes.filterProperty().set("afghan");
        assertThat(themes.visibleNodes()).extracting(ThemeNodeViewModel::name)
                .containsExactly("Regional security", "Afghanistan");
        assertThat(themes.statusProperty().get()).isEqualTo("2 of " + all + " themes");
        themes.filterProperty().set("Ближний");
        assertThat(themes.visibleNodes()).extracting(ThemeNodeViewModel::name)
                .containsExactly("Regional security", "Middle East");
        themes.filterProperty().set("");
        assertThat(themes.visibleNodes()).hasSize(all);
    }

    @Test
    void renamingAndMovingAreSavedAndTheThemeStaysSelected() {
        themes.select(node("Afghanistan"));
        ThemeEditorViewModel editor = themes.editorProperty().get();
        editor.nameEnProperty().set("  ");
        assertThat(editor.validProperty().get()).isFalse();
        assertThat(editor.nameEnErrorProperty().get()).isEqualTo("An English name is required.");
        editor.nameEnProperty().set("Afghanistan and neighbours");
        editor.nameRuProperty().set("Афганистан и соседи");
        editor.parentProperty().set(editor.parentChoices().stream()
                .filter(c -> c.id() == null).findFirst().orElseThrow());
        editor.save();

        Theme stored = stored("Afghanistan and neighbours");
        assertThat(stored.nameRu()).isEqualTo("Афганистан и соседи");
        assertThat(stored.parentId()).isNull();
        assertThat(themes.selectedProperty().get().name()).isEqualTo("Afghanistan and neighbours");
        assertThat(themes.selectedProperty().get().eventCount()).isEqualTo(1);
    }

    @Test
    void aThemeCannotGoUnderItsOwnSubTheme() {
        themes.select(node("Regional security"));
        ThemeEditorViewModel editor = themes.editorProperty().get();
        assertThat(editor.parentChoices()).extracting(ThemeEditorViewModel.ParentChoice::label)
                .noneMatch(l -> l.strip().equals("Afghanistan") || l.strip().equals("Regional security"))
                .contains("(top level)");
    }

    @Test
    void theServiceRefusesAMoveUnderTheThemesOwnDescendant() {
        ThemeService service = new ThemeService(catalogue);
        Theme security = stored("Regional security");
        Theme afghanistan = stored("Afghanistan");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.move(security, afghanistan.id()))
                .isInstanceOf(ThemeService.InvalidThemeException.class)
                .hasMessageContaining("validation.themeParentInside");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.merge(security.id(), afghanistan.id()))
                .isInstanceOf(ThemeService.InvalidThemeException.class);
        assertThat(stored("Regional security").parentId()).isNull();
        assertThat(service.move(afghanistan, null).parentId()).isNull();
    }

    @Test
    void aSubThemeIsAddedUnderTheSelectedTheme() {
        ThemeNodeViewModel security = node("Regional security");
        themes.select(security);
        themes.addSubTheme();
        ThemeEditorViewModel editor = themes.editorProperty().get();
        assertThat(editor.isNew()).isTrue();
        assertThat(editor.parentProperty().get().id()).isEqualTo(security.id());
        editor.nameEnProperty().set("South Caucasus");
        editor.save();
        assertThat(stored("South Caucasus").parentId()).isEqualTo(security.id());
        assertThat(themes.selectedProperty().get().name()).isEqualTo("South Caucasus");
    }

    @Test
    void mergingMovesTheEventsToTheTargetAfterAsking() {
        ThemeNodeViewModel middleEast = node("Middle East");
        ThemeNodeViewModel centralAsia = node("Central Asia");
        int before = centralAsia.eventCount();
        themes.setMergeTargetChooser(candidates -> {
            assertThat(candidates).doesNotContain(middleEast);
            return Optional.of(centralAsia);
        });
        themes.select(middleEast);
        dialogs.answerConfirmations(false);
        themes.merge();
        assertThat(stored("Middle East")).isNotNull();

        dialogs.answerConfirmations(true);
        themes.merge();
        assertThat(dialogs.asked()).last().isEqualTo("Merge \"Middle East\" into \"Central Asia\"?");
        assertThat(stored("Middle East")).isNull();
        ThemeNodeViewModel merged = node("Central Asia");
        assertThat(merged.eventCount()).isEqualTo(Math.max(before, 1));
        assertThat(themes.selectedProperty().get().id()).isEqualTo(centralAsia.id());
        List<EventSummary> events = new ThemeService(catalogue).eventsWithTheme(centralAsia.id(), "en");
        assertThat(events).hasSize(1);
    }

    @Test
    void deletingAUsedThemeIsRefusedWithTheReason() {
        dialogs.answerConfirmations(true);
        themes.select(node("Afghanistan"));
        themes.delete();
        assertThat(dialogs.errors()).containsExactly("The theme \"Afghanistan\" was not deleted: "
                + "Events carry this theme or it has sub-themes. Merge it into another theme instead, "
                + "or first remove it from those events and move or delete its sub-themes.");
        assertThat(stored("Afghanistan")).isNotNull();

        ThemeNodeViewModel unused = themes.visibleNodes().stream()
                .filter(n -> n.eventCount() == 0 && n.depth() == 1).findFirst().orElseThrow();
        themes.select(unused);
        themes.delete();
        assertThat(stored(unused.name())).isNull();
        assertThat(themes.visibleNodes()).doesNotContain(unused);
    }

    private ThemeNodeViewModel node(String name) {
        return themes.visibleNodes().stream().filter(n -> n.name().equals(name)).findFirst().orElseThrow();
    }

    private Theme stored(String nameEn) {
        return catalogue.themes().findAll().stream().filter(t -> t.nameEn().equals(nameEn)).findFirst().orElse(null);
    }
}
