package org.liaisonlog.persistence;

import static org.liaisonlog.persistence.generated.Tables.THEME;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.liaisonlog.logic.theme.ThemeRepository;
import org.liaisonlog.model.theme.Theme;

/** The theme tree in THEME. */
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
        List<Theme> all = tx.read(() -> dsl.selectFrom(THEME).fetch(r -> new Theme(
                Stamps.stamp(r.getId(), r.getVersion(), r.getCreatedAt(), r.getUpdatedAt()),
                r.getParentId(), r.getRefKey(), r.getNameEn(), r.getNameRu(), r.getSortOrder())));
        return treeOrder(all);
    }

    @Override
    public int count() {
        return tx.read(() -> dsl.fetchCount(THEME));
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
