package org.liaisonlog.logic.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.model.theme.Theme;

/** The rules a theme must keep: an English name, and a parent that is not itself or below it. */
public final class ThemeValidator {

    private ThemeValidator() {
    }

    /** The problems of {@code theme} placed in the tree {@code all} (as stored now). */
    public static List<Problem<ThemeField>> validate(Theme theme, List<Theme> all) {
        List<Problem<ThemeField>> problems = new ArrayList<>();
        if (theme.nameEn().isBlank()) {
            problems.add(new Problem<>(ThemeField.NAME_EN, "validation.themeNameRequired"));
        }
        if (theme.parentId() != null && subtree(all, theme.id()).contains(theme.parentId())) {
            problems.add(new Problem<>(ThemeField.PARENT, "validation.themeParentInside"));
        }
        return problems;
    }

    /** The theme and all its descendants, by key. */
    public static Set<UUID> subtree(List<Theme> all, UUID rootId) {
        Map<UUID, List<UUID>> children = new HashMap<>();
        for (Theme t : all) {
            if (t.parentId() != null) {
                children.computeIfAbsent(t.parentId(), k -> new ArrayList<>()).add(t.id());
            }
        }
        Set<UUID> found = new HashSet<>();
        List<UUID> toVisit = new ArrayList<>(List.of(rootId));
        while (!toVisit.isEmpty()) {
            UUID id = toVisit.remove(toVisit.size() - 1);
            if (found.add(id)) {
                toVisit.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return found;
    }
}
