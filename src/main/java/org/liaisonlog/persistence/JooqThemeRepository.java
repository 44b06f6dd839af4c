package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.EVENT;
import static org.liaisonlog.persistence.generated.Tables.EVENT_THEME;
import static org.liaisonlog.persistence.generated.Tables.THEME;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.theme.ThemeRepository;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.persistence.generated.tables.records.ThemeRecord;

/** The theme tree in THEME, and the themes' links to events in EVENT_THEME. */
final class JooqThemeRepository implements ThemeRepository {

    private static final Comparator<Theme> SIBLING_ORDER = Comparator.comparingInt(Theme::sortOrder)
            .thenComparing(Theme::nameEn, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Theme::nameEn)
            .thenComparing(Theme::id);

    private final DSLContext dsl;
    private final JooqTransactions tx;

    JooqThemeRepository(DSLContext dsl, JooqTransactions tx) {
        this.dsl = dsl;
        this.tx = tx;
    }

    @Override
    public Theme insert(Theme theme) {
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            dsl.insertInto(THEME)
                    .set(THEME.ID, theme.id())
                    .set(THEME.PARENT_ID, theme.parentId())
                    .set(THEME.REF_KEY, theme.refKey())
                    .set(THEME.NAME_EN, theme.nameEn())
                    .set(THEME.NAME_RU, theme.nameRu())
                    .set(THEME.SORT_ORDER, theme.sortOrder())
                    .set(THEME.CREATED_AT, now)
                    .set(THEME.UPDATED_AT, now)
                    .set(THEME.VERSION, 0)
                    .execute();
            return new Theme(Stamps.inserted(theme.id(), now), theme.parentId(), theme.refKey(),
                    theme.nameEn(), theme.nameRu(), theme.sortOrder());
        });
    }

    /**
     * All themes in tree order (depth first): each parent before its children, siblings by
     * sort order, then name.
     */
    @Override
    public List<Theme> findAll() {
        List<Theme> all = tx.read(() -> dsl.selectFrom(THEME).fetch(JooqThemeRepository::theme));
        return treeOrder(all);
    }

    @Override
    public int count() {
        return tx.read(() -> dsl.fetchCount(THEME));
    }

    @Override
    public Theme update(Theme theme) {
        OffsetDateTime now = Stamps.now();
        return tx.inTransaction(() -> {
            int rows = dsl.update(THEME)
                    .set(THEME.PARENT_ID, theme.parentId())
                    .set(THEME.NAME_EN, theme.nameEn())
                    .set(THEME.NAME_RU, theme.nameRu())
                    .set(THEME.SORT_ORDER, theme.sortOrder())
                    .set(THEME.VERSION, THEME.VERSION.plus(1))
                    .set(THEME.UPDATED_AT, now)
                    .where(THEME.ID.eq(theme.id()))
                    .and(THEME.VERSION.eq(theme.stamp().version()))
                    .execute();
            Stamps.requireOneRow(rows, theme.id());
            return read(theme.id());
        });
    }

    @Override
    public void delete(UUID id, int version) {
        tx.inTransaction(() -> {
            boolean used = dsl.fetchExists(EVENT_THEME, EVENT_THEME.THEME_ID.eq(id))
                    || dsl.fetchExists(THEME, THEME.PARENT_ID.eq(id));
            if (used) {
                throw new CatalogueException("error.themeInUse",
                        "The theme is carried by events or has sub-themes; it was not deleted");
            }
            int rows = dsl.deleteFrom(THEME).where(THEME.ID.eq(id)).and(THEME.VERSION.eq(version)).execute();
            Stamps.requireOneRow(rows, id);
        });
    }

    @Override
    public void merge(UUID from, UUID into) {
        if (from.equals(into)) {
            throw new IllegalArgumentException("A theme cannot be merged into itself");
        }
        OffsetDateTime now = Stamps.now();
        tx.inTransaction(() -> {
            Theme target = findById(into).orElseThrow(() -> new StaleRecordException(into));
            Theme source = findById(from).orElseThrow(() -> new StaleRecordException(from));
            Set<UUID> tagged = new HashSet<>(eventIdsWithTheme(into));
            List<UUID> retagged = eventIdsWithTheme(from);
            // The retagged events change: an editor still open on one must not save the old tags over them.
            dsl.update(EVENT)
                    .set(EVENT.VERSION, EVENT.VERSION.plus(1))
                    .set(EVENT.UPDATED_AT, now)
                    .where(EVENT.ID.in(retagged))
                    .execute();
            for (UUID eventId : retagged) {
                if (tagged.add(eventId)) {
                    dsl.insertInto(EVENT_THEME)
                            .set(EVENT_THEME.EVENT_ID, eventId)
                            .set(EVENT_THEME.THEME_ID, into)
                            .execute();
                }
            }
            dsl.deleteFrom(EVENT_THEME).where(EVENT_THEME.THEME_ID.eq(from)).execute();
            if (from.equals(target.parentId())) {
                // The target was a sub-theme of the merged one: it takes that theme's place.
                moveTo(into, source.parentId(), now);
            }
            dsl.update(THEME)
                    .set(THEME.PARENT_ID, into)
                    .set(THEME.VERSION, THEME.VERSION.plus(1))
                    .set(THEME.UPDATED_AT, now)
                    .where(THEME.PARENT_ID.eq(from))
                    .execute();
            dsl.deleteFrom(THEME).where(THEME.ID.eq(from)).execute();
        });
    }

    private void moveTo(UUID id, UUID parentId, OffsetDateTime now) {
        dsl.update(THEME)
                .set(THEME.PARENT_ID, parentId)
                .set(THEME.VERSION, THEME.VERSION.plus(1))
                .set(THEME.UPDATED_AT, now)
                .where(THEME.ID.eq(id))
                .execute();
    }

    @Override
    public Map<UUID, Integer> eventCounts() {
        return tx.read(() -> dsl.select(EVENT_THEME.THEME_ID, DSL.count())
                .from(EVENT_THEME)
                .groupBy(EVENT_THEME.THEME_ID)
                .fetchMap(EVENT_THEME.THEME_ID, DSL.count()));
    }

    @Override
    public List<UUID> eventIdsWithTheme(UUID themeId) {
        return tx.read(() -> dsl.select(EVENT_THEME.EVENT_ID)
                .from(EVENT_THEME)
                .where(EVENT_THEME.THEME_ID.eq(themeId))
                .fetch(EVENT_THEME.EVENT_ID));
    }

    private Optional<Theme> findById(UUID id) {
        return dsl.selectFrom(THEME).where(THEME.ID.eq(id)).fetchOptional(JooqThemeRepository::theme);
    }

    private Theme read(UUID id) {
        return findById(id).orElseThrow(() -> new StaleRecordException(id));
    }

    private static Theme theme(ThemeRecord r) {
        return new Theme(Stamps.stamp(r.getId(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt()),
                r.getParentId(), r.getRefKey(), r.getNameEn(), r.getNameRu(), r.getSortOrder());
    }

    static List<Theme> treeOrder(List<Theme> all) {
        Set<UUID> ids = new HashSet<>();
        all.forEach(t -> ids.add(t.id()));
        Map<UUID, List<Theme>> children = new HashMap<>();
        List<Theme> roots = new ArrayList<>();
        for (Theme theme : all) {
            if (theme.parentId() == null || !ids.contains(theme.parentId())) {
                roots.add(theme);
            } else {
                children.computeIfAbsent(theme.parentId(), k -> new ArrayList<>()).add(theme);
            }
        }
        roots.sort(SIBLING_ORDER);
        children.values().forEach(siblings -> siblings.sort(SIBLING_ORDER));
        List<Theme> ordered = new ArrayList<>(all.size());
        Set<UUID> visited = new HashSet<>();
        for (Theme root : roots) {
            visit(root, children, visited, ordered);
        }
        // Themes caught in a parent cycle have no root above them; list them last, not never.
        all.stream().filter(t -> !visited.contains(t.id())).sorted(SIBLING_ORDER)
                .forEach(t -> visit(t, children, visited, ordered));
        return ordered;
    }

    private static void visit(Theme theme, Map<UUID, List<Theme>> children, Set<UUID> visited, List<Theme> out) {
        if (!visited.add(theme.id())) {
            return;
        }
        out.add(theme);
        for (Theme child : children.getOrDefault(theme.id(), List.of())) {
            visit(child, children, visited, out);
        }
    }
}
