package org.liaisonlog.gui.theme;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.theme.Theme;

/**
 * One theme of the tree: its name in the interface language and how many events carry it.
 * Immutable: the tree is read again after a change.
 */
public final class ThemeNodeViewModel {

    private final Theme theme;
    private final String name;
    private final int eventCount;
    private final int depth;
    private final String label;
    private final String searchText;

    ThemeNodeViewModel(Theme theme, String language, int eventCount, int depth) {
        this.theme = theme;
        this.name = theme.name(language);
        this.eventCount = eventCount;
        this.depth = depth;
        this.label = eventCount == 0 ? name
                : name + " (" + NumberFormat.getIntegerInstance(Locale.forLanguageTag(language)).format(eventCount) + ")";
        this.searchText = Names.key(theme.nameEn() + " " + (theme.nameRu() == null ? "" : theme.nameRu()));
    }

    public UUID id() {
        return theme.id();
    }

    public UUID parentId() {
        return theme.parentId();
    }

    public Theme theme() {
        return theme;
    }

    /** The name in the interface language. */
    public String name() {
        return name;
    }

    public int eventCount() {
        return eventCount;
    }

    /** 0 for a top-level theme, 1 for its sub-themes, … */
    public int depth() {
        return depth;
    }

    /** What the tree shows: the name, and the number of events when there are any. */
    public String label() {
        return label;
    }

    /** True when every word (compared as {@link Names#key}) is in the English or Russian name. */
    boolean matches(String[] words) {
        for (String word : words) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return label;
    }
}
