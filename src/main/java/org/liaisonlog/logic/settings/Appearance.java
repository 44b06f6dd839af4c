package org.liaisonlog.logic.settings;

/** The program's look: light or dark. */
public enum Appearance {
    LIGHT,
    DARK
}
