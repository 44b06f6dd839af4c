package org.liaisonlog.logic.search;

/**
 * One value of a filter with the number of events it would give.
 *
 * @param key      the value to put in {@link SearchFilters} (see {@link Facet} for what keys are)
 * @param label    an English label for it: the organisation's display name, the theme's English
 *                 name, the country's English name, the city; the enum name for kinds and
 *                 capacities (the screen translates those itself)
 * @param count    how many events of the current search have this value, counted with every
 *                 other filter applied but not this facet's own (so the other values of a filter
 *                 in use keep their counts)
 * @param selected true when the value is chosen in the request's filters
 */
public record FacetValue(String key, String label, int count, boolean selected) {
}
