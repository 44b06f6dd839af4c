package org.liaisonlog.gui.person;

import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.person.PersonService.PersonList;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/** One line of the people table. Immutable: the table is reloaded after a change. */
public final class PersonRowViewModel implements RecordTableModel.Line {

    private final UUID id;
    private final int version;
    private final ReadOnlyStringWrapper name;
    private final ReadOnlyStringWrapper otherSpellings;
    private final ReadOnlyStringWrapper position;
    private final ReadOnlyStringWrapper organisation;
    private final ReadOnlyStringWrapper country;
    private final ReadOnlyObjectWrapper<Integer> events;
    private final String searchText;

    public PersonRowViewModel(Person person, PersonList list, String language) {
        this.id = person.id();
        this.version = person.stamp().version();
        this.name = new ReadOnlyStringWrapper(person.name());
        this.otherSpellings = new ReadOnlyStringWrapper(String.join(", ", person.otherSpellings()));
        this.position = new ReadOnlyStringWrapper(nonNull(person.position()));
        Organisation org = person.organisationId() == null ? null : list.organisations().get(person.organisationId());
        this.organisation = new ReadOnlyStringWrapper(org == null ? ""
                : org.acronym() == null || org.acronym().isBlank() ? org.name() : org.acronym());
        this.country = new ReadOnlyStringWrapper(list.countries().name(person.countryCode(), language));
        this.events = new ReadOnlyObjectWrapper<>(list.eventCounts().getOrDefault(person.id(), 0));
        this.searchText = Names.key(String.join(" ", name.get(), otherSpellings.get(), position.get(),
                organisation.get(), org == null ? "" : org.name(), country.get()));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public UUID id() {
        return id;
    }

    /** The version the line was read at, for deleting. */
    public int version() {
        return version;
    }

    public ReadOnlyStringProperty nameProperty() { return name.getReadOnlyProperty(); }
    public ReadOnlyStringProperty otherSpellingsProperty() { return otherSpellings.getReadOnlyProperty(); }
    public ReadOnlyStringProperty positionProperty() { return position.getReadOnlyProperty(); }
    public ReadOnlyStringProperty organisationProperty() { return organisation.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countryProperty() { return country.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Integer> eventsProperty() { return events.getReadOnlyProperty(); }

    /** True when every word of the filter (compared as {@link Names#key}) is somewhere in the line. */
    @Override
    public boolean matches(String[] filterWords) {
        for (String word : filterWords) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
