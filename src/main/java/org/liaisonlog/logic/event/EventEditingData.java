package org.liaisonlog.logic.event;

import java.util.List;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;

/** What the event editor offers to choose from: organisations, people, countries, themes, cities. */
public record EventEditingData(List<Organisation> organisations, List<Person> people, CountryIndex countries,
                               List<Theme> themes, List<String> cities) {

    public EventEditingData {
        organisations = List.copyOf(organisations);
        people = List.copyOf(people);
        themes = List.copyOf(themes);
        cities = List.copyOf(cities);
    }
}
