package org.liaisonlog.logic.trip;

import java.util.List;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.person.Person;

/** What the trip editor offers to choose from: people, countries, events and cities. */
public record TripEditingData(List<Person> people, CountryIndex countries, List<EventSummary> events,
                              List<String> cities) {

    public TripEditingData {
        people = List.copyOf(people);
        events = List.copyOf(events);
        cities = List.copyOf(cities);
    }
}
