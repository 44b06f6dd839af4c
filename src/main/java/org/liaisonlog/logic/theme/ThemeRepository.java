package org.liaisonlog.logic.theme;

import java.util.List;
import org.liaisonlog.model.theme.Theme;

/** Stores the theme tree. */
public interface ThemeRepository {

    Theme insert(Theme theme);

    /** All themes, parents before their children, siblings in their sort order. */
    List<Theme> findAll();

    int count();
}
