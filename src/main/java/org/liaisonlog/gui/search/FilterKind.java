package org.liaisonlog.gui.search;

import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liaisonlog.logic.search.Facet;
import org.liaisonlog.logic.search.SearchFilters;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.event.EventKind;

/**
 * The filters beside the results whose values are ticked from a list with counts, in the order
 * they are shown; each is one of the engine's facets and one set of {@link SearchFilters}.
 */
public enum FilterKind {
    EVENT_KIND(Facet.EVENT_KIND, "search.filter.EVENT_KIND"),
    COUNTRY(Facet.COUNTRY, "search.filter.COUNTRY"),
    CITY(Facet.CITY, "search.filter.CITY"),
    ORGANISER(Facet.ORGANISER, "search.filter.ORGANISER"),
    THEME(Facet.THEME, "search.filter.THEME"),
    ATTENDING_ORGANISATION(Facet.ATTENDING_ORGANISATION, "search.filter.ATTENDING_ORGANISATION"),
    ATTENDING_COUNTRY(Facet.ATTENDING_COUNTRY, "search.filter.ATTENDING_COUNTRY"),
    CAPACITY(Facet.CAPACITY, "search.filter.CAPACITY");

    private final Facet facet;
    private final String titleKey;

    FilterKind(Facet facet, String titleKey) {
        this.facet = facet;
        this.titleKey = titleKey;
    }

    /** The key of the filter's title in the bundles. */
    String titleKey() {
        return titleKey;
    }

    public Facet facet() {
        return facet;
    }

    /** The filters with this filter's values set to the keys given (facet keys, see {@link Facet}). */
    SearchFilters apply(SearchFilters filters, Set<String> keys) {
        return switch (this) {
            case EVENT_KIND -> filters.withEventKinds(parse(keys, EventKind::valueOf));
            case COUNTRY -> filters.withCountries(keys);
            case CITY -> filters.withCities(keys);
            case ORGANISER -> filters.withOrganisers(parse(keys, UUID::fromString));
            case THEME -> filters.withThemes(parse(keys, UUID::fromString));
            case ATTENDING_ORGANISATION -> filters.withAttendingOrganisations(parse(keys, UUID::fromString));
            case ATTENDING_COUNTRY -> filters.withAttendingCountries(keys);
            case CAPACITY -> filters.withCapacities(parse(keys, Capacity::valueOf));
        };
    }

    /** Keys that do not read (a saved search from another version) are left out. */
    private static <T> Set<T> parse(Set<String> keys, Function<String, T> reader) {
        return keys.stream().map(key -> {
            try {
                return reader.apply(key);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
    }
}
