package org.liaisonlog.logic.search;

import java.util.Optional;

/**
 * A field of the query syntax that cannot be read, so the search leaves it out: the user is to be
 * told, since the search alone would only find too much or nothing.
 *
 * @param kind    what is wrong
 * @param field   the field's name, in lower case ({@code year}, {@code theme}, {@code org}, {@code country})
 * @param written the field as the user wrote it ({@code year:abc}, {@code theme:})
 */
public record QueryProblem(Kind kind, String field, String written) {

    /** What is wrong with a field. */
    public enum Kind {
        /** {@code year:} with something other than a year or two years ({@code year:abc}, {@code year:18}). */
        NOT_A_YEAR,
        /** {@code -year:2018}: a year can be chosen, not left out. */
        YEAR_LEFT_OUT,
        /** {@code theme:}, {@code org:} or {@code country:} with no word right after the colon. */
        NO_WORD
    }

    /** The first field of the query that cannot be read, if any. */
    public static Optional<QueryProblem> in(String query) {
        return Optional.ofNullable(QueryText.parse(query).problem());
    }
}
