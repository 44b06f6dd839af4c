package org.liaisonlog.logic.theme;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liaisonlog.model.theme.Theme;

/** Stores the theme tree. */
public interface ThemeRepository {

    Theme insert(Theme theme);

    /** All themes, parents before their children, siblings in their sort order. */
    List<Theme> findAll();

    int count();

    /**
     * Writes the names, parent and sort order of a theme read at {@code theme.stamp().version()}
     * and returns it as stored, with the next version.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    Theme update(Theme theme);

    /**
     * Deletes a theme read at {@code version}, only when no event carries it and it has no
     * sub-themes.
     *
     * @throws org.liaisonlog.logic.catalogue.CatalogueException with key {@code error.themeInUse} when used
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when it was changed or deleted since
     */
    void delete(UUID id, int version);

    /**
     * In one transaction: every event tagged with {@code from} becomes tagged with {@code into}
     * (once), the sub-themes of {@code from} move under {@code into}, and {@code from} is deleted.
     * The caller makes sure {@code into} is not {@code from} nor one of its descendants.
     *
     * @throws org.liaisonlog.logic.catalogue.StaleRecordException when either theme is gone
     */
    void merge(UUID from, UUID into);

    /** How many events carry each theme; themes no event carries are left out. */
    Map<UUID, Integer> eventCounts();

    /** The events that carry the theme. */
    List<UUID> eventIdsWithTheme(UUID themeId);
}
