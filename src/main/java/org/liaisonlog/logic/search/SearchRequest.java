package org.liaisonlog.logic.search;

import java.util.Objects;

/**
 * What to search for.
 *
 * @param text          what the user typed, in the query syntax (see {@link CatalogueSearch}); any text
 *                      is accepted, half-typed syntax included; null or blank means "no words"
 * @param filters       the event filters ({@link SearchFilters#NONE} for none)
 * @param limitPerKind  at most this many hits of each kind (1…1000; values outside are clamped)
 */
public record SearchRequest(String text, SearchFilters filters, int limitPerKind) {

    public static final int DEFAULT_LIMIT = 20;

    public SearchRequest {
        text = text == null ? "" : text;
        filters = Objects.requireNonNullElse(filters, SearchFilters.NONE);
        limitPerKind = Math.max(1, Math.min(1000, limitPerKind));
    }

    /** The text alone, without filters, with the default limit. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, SearchFilters.NONE, DEFAULT_LIMIT);
    }
}
