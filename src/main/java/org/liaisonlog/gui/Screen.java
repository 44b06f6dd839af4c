package org.liaisonlog.gui;

/** The screens of the main window, in navigation order (Ctrl+1 … Ctrl+7). */
public enum Screen {
    EVENTS,
    TRIPS,
    PEOPLE,
    ORGANISATIONS,
    THEMES,
    REPORTS,
    SEARCH
}
