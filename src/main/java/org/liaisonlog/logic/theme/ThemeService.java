package org.liaisonlog.logic.theme;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.history.Changes;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.history.RecordDifferences;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.history.RecordType;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.theme.Theme;

/** Editing the theme taxonomy: rename, add, move, merge and delete themes. */
public final class ThemeService {

    private final Catalogue catalogue;

    public ThemeService(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    /** Every theme in tree order with how many events carry each. */
    public ThemeOverview overview() {
        return catalogue.transactions().inTransaction(() ->
                new ThemeOverview(catalogue.themes().findAll(), catalogue.themes().eventCounts()));
    }

    public Map<UUID, Integer> counts() {
        return catalogue.themes().eventCounts();
    }

    /**
     * Saves a new or changed theme (names, parent) and returns it as stored.
     *
     * @throws InvalidThemeException when it breaks a rule (no English name, under itself); nothing is written
     */
    public Theme save(Theme theme) {
        Theme clean = new Theme(theme.stamp(), theme.parentId(), theme.refKey(), theme.nameEn().strip(),
                theme.nameRu() == null || theme.nameRu().isBlank() ? null : theme.nameRu().strip(), theme.sortOrder());
        return catalogue.transactions().inTransaction(() -> {
            List<Theme> all = catalogue.themes().findAll();
            List<Problem<ThemeField>> problems = ThemeValidator.validate(clean, all);
            if (!problems.isEmpty()) {
                throw new InvalidThemeException(problems);
            }
            if (clean.stamp().isStored()) {
                Theme saved = catalogue.themes().update(clean);
                all.stream().filter(t -> t.id().equals(clean.id())).findFirst().ifPresent(before ->
                        catalogue.history().record(Changes.entry(ChangeKind.UPDATE, RecordType.THEME, saved.id(),
                                saved.nameEn(), RecordDifferences.of(before, saved, id -> name(all, id)))));
                return saved;
            }
            Theme saved = catalogue.themes().insert(withSortOrder(clean, nextSortOrder(all, clean.parentId())));
            catalogue.history().record(Changes.entry(ChangeKind.CREATE, RecordType.THEME, saved.id(), saved.nameEn()));
            return saved;
        });
    }

    /** Adds a theme under {@code parentId} (null: at the top level), after its siblings. */
    public Theme add(UUID parentId, String nameEn, String nameRu) {
        return save(new Theme(RecordStamp.fresh(), parentId, null, nameEn, nameRu, 0));
    }

    /** Moves a theme under another parent (null: to the top level). */
    public Theme move(Theme theme, UUID newParentId) {
        return save(new Theme(theme.stamp(), newParentId, theme.refKey(), theme.nameEn(), theme.nameRu(),
                theme.sortOrder()));
    }

    /**
     * Merges {@code from} into {@code into}: its events and sub-themes go to {@code into}, and it
     * is deleted.
     *
     * @throws InvalidThemeException when {@code into} is {@code from} or one of its descendants
     */
    public void merge(UUID from, UUID into) {
        catalogue.transactions().inTransaction(() -> {
            if (ThemeValidator.subtree(catalogue.themes().findAll(), from).contains(into)) {
                throw new InvalidThemeException(List.of(new Problem<>(ThemeField.PARENT, "validation.themeMergeInside")));
            }
            List<Theme> all = catalogue.themes().findAll();
            String fromName = name(all, from);
            String intoName = name(all, into);
            catalogue.themes().merge(from, into);
            catalogue.history().record(Changes.entry(ChangeKind.MERGE, RecordType.THEME, from, fromName,
                    List.of(new FieldChange("mergedInto", "", intoName))));
            catalogue.history().record(Changes.entry(ChangeKind.MERGE, RecordType.THEME, into, intoName,
                    List.of(new FieldChange("mergedFrom", "", fromName))));
        });
    }

    /**
     * Deletes a theme read at {@code version}.
     *
     * @throws CatalogueException with key {@code error.themeInUse} when events carry it or it has sub-themes
     */
    public Deleted delete(UUID id, int version) {
        return catalogue.transactions().inTransaction(() -> {
            Theme theme = catalogue.themes().findAll().stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElseThrow(() -> new StaleRecordException(id));
            catalogue.themes().delete(id, version);
            catalogue.history().record(Changes.entry(ChangeKind.DELETE, RecordType.THEME, id, theme.nameEn()));
            return new Deleted(RecordType.THEME, id, theme.nameEn(), () -> catalogue.transactions().inTransaction(() -> {
                catalogue.themes().insert(theme);
                catalogue.history().record(Changes.entry(ChangeKind.RESTORE, RecordType.THEME, id, theme.nameEn()));
            }));
        });
    }

    /** The theme's changes, newest first. */
    public List<ChangeEntry> changes(UUID id) {
        return catalogue.history().forRecord(id);
    }

    private static String name(List<Theme> all, UUID id) {
        return all.stream().filter(t -> t.id().equals(id)).map(Theme::nameEn).findFirst().orElse("");
    }

    /** The events that carry the theme, as table lines in the language, newest first. */
    public List<EventSummary> eventsWithTheme(UUID themeId, String language) {
        return catalogue.transactions().inTransaction(() -> {
            Set<UUID> ids = new HashSet<>(catalogue.themes().eventIdsWithTheme(themeId));
            if (ids.isEmpty()) {
                return List.<EventSummary>of();
            }
            return catalogue.events().findAllSummaries(language).stream().filter(e -> ids.contains(e.id())).toList();
        });
    }

    private static int nextSortOrder(List<Theme> all, UUID parentId) {
        return all.stream().filter(t -> Objects.equals(t.parentId(), parentId))
                .mapToInt(Theme::sortOrder).max().orElse(0) + 1;
    }

    private static Theme withSortOrder(Theme t, int sortOrder) {
        return new Theme(t.stamp(), t.parentId(), t.refKey(), t.nameEn(), t.nameRu(), sortOrder);
    }

    /** The theme tree and the number of events carrying each theme. */
    public record ThemeOverview(List<Theme> themes, Map<UUID, Integer> counts) {

        public ThemeOverview {
            themes = List.copyOf(themes);
            counts = Map.copyOf(counts);
        }

        public int count(UUID themeId) {
            return counts.getOrDefault(themeId, 0);
        }
    }

    /** A theme that breaks a rule; the problems say where. */
    public static final class InvalidThemeException extends CatalogueException {

        private final transient List<Problem<ThemeField>> problems;

        public InvalidThemeException(List<Problem<ThemeField>> problems) {
            super(problems.get(0).messageKey(), "The theme is not valid: " + problems);
            this.problems = List.copyOf(problems);
        }

        public List<Problem<ThemeField>> problems() {
            return problems;
        }
    }
}
