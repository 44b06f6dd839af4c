package org.liaisonlog.logic.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.event.EventKind;

/**
 * Filters on events, all optional and combinable: several values of one filter mean any of them
 * (OR), several filters must all hold (AND). When any filter is set only events are found (the
 * other kinds have no such facts), and an empty text then lists every event that passes, newest
 * first.
 *
 * <p>"Attended" means an attendance line with the status ATTENDED (excused and absent lines do not
 * count).
 *
 * @param from                   events that end on or after this day (null: no lower bound)
 * @param to                     events that start on or before this day (null: no upper bound);
 *                               with either bound set, events without dates are left out
 * @param eventKinds             the event's kind is one of these
 * @param countries              the event took place in one of these countries (ISO 3166 codes, "UZ")
 * @param cities                 the event's city is one of these; compared without case or accents
 * @param organisers             one of these organisations (ids) organised it
 * @param themes                 it has one of these themes (ids) or one of their sub-themes
 * @param attendingOrganisations one of these organisations (ids) attended
 * @param attendingCountries     a line representing one of these countries (ISO codes) attended
 * @param capacities             somebody attended in one of these capacities
 * @param together               organisations and/or people (ids) that must ALL have attended: "who sat
 *                               at the same table"
 */
public record SearchFilters(LocalDate from, LocalDate to, Set<EventKind> eventKinds, Set<String> countries,
                            Set<String> cities, Set<UUID> organisers, Set<UUID> themes,
                            Set<UUID> attendingOrganisations, Set<String> attendingCountries,
                            Set<Capacity> capacities, Set<UUID> together) {

    /** No filter at all. */
    public static final SearchFilters NONE = new SearchFilters(null, null, Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    public SearchFilters {
        eventKinds = copy(eventKinds);
        countries = copy(countries);
        cities = copy(cities);
        organisers = copy(organisers);
        themes = copy(themes);
        attendingOrganisations = copy(attendingOrganisations);
        attendingCountries = copy(attendingCountries);
        capacities = copy(capacities);
        together = copy(together);
    }

    private static <T> Set<T> copy(Collection<T> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /** True when no filter is set. */
    public boolean isEmpty() {
        return from == null && to == null && eventKinds.isEmpty() && countries.isEmpty() && cities.isEmpty()
                && organisers.isEmpty() && themes.isEmpty() && attendingOrganisations.isEmpty()
                && attendingCountries.isEmpty() && capacities.isEmpty() && together.isEmpty();
    }

    public SearchFilters withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new SearchFilters(newFrom, newTo, eventKinds, countries, cities, organisers, themes,
                attendingOrganisations, attendingCountries, capacities, together);
    }

    public SearchFilters withEventKinds(Set<EventKind> values) {
        return new SearchFilters(from, to, values, countries, cities, organisers, themes, attendingOrganisations,
                attendingCountries, capacities, together);
    }

    public SearchFilters withCountries(Set<String> values) {
        return new SearchFilters(from, to, eventKinds, values, cities, organisers, themes, attendingOrganisations,
                attendingCountries, capacities, together);
    }

    public SearchFilters withCities(Set<String> values) {
        return new SearchFilters(from, to, eventKinds, countries, values, organisers, themes, attendingOrganisations,
                attendingCountries, capacities, together);
    }

    public SearchFilters withOrganisers(Set<UUID> values) {
        return new SearchFilters(from, to, eventKinds, countries, cities, values, themes, attendingOrganisations,
                attendingCountries, capacities, together);
    }

    public SearchFilters withThemes(Set<UUID> values) {
        return new SearchFilters(from, to, eventKinds, countries, cities, organisers, values, attendingOrganisations,
                attendingCountries, capacities, together);
    }

    public SearchFilters withAttendingOrganisations(Set<UUID> values) {
        return new SearchFilters(from, to, eventKinds, countries, cities, organisers, themes, values,
                attendingCountries, capacities, together);
    }

    public SearchFilters withAttendingCountries(Set<String> values) {
        return new SearchFilters(from, to, eventKinds, countries, cities, organisers, themes, attendingOrganisations,
                values, capacities, together);
    }

    public SearchFilters withCapacities(Set<Capacity> values) {
        return new SearchFilters(from, to, eventKinds, countries, cities, organisers, themes, attendingOrganisations,
                attendingCountries, values, together);
    }

    public SearchFilters withTogether(Set<UUID> values) {
        return new SearchFilters(from, to, eventKinds, countries, cities, organisers, themes, attendingOrganisations,
                attendingCountries, capacities, values);
    }
}
