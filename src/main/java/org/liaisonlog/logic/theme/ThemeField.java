package org.liaisonlog.logic.theme;

/** The fields of the theme form that a rule can concern. */
public enum ThemeField {
    NAME_EN,
    PARENT
}
