package org.liaisonlog.gui.search;

/**
 * One value of a filter as the list beside the results shows it.
 *
 * @param key      the value's key for the engine (see {@link org.liaisonlog.logic.search.Facet})
 * @param label    its name in the interface language
 * @param count    how many events of the current search have it
 * @param selected ticked
 */
public record FilterOption(FilterKind filter, String key, String label, int count, boolean selected) {
}
