package org.liaisonlog.gui.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.event.EventEditingData;
import org.liaisonlog.logic.merge.NameMatcher;
import org.liaisonlog.logic.person.PeopleChoices;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;

/**
 * The organisations, people and countries an editor can pick from, found by what the user
 * types; a name that matches nothing becomes a new record, saved with the event.
 */
public final class CatalogueChoices {

    private final EventEditingData data;
    private final Map<UUID, Organisation> organisations = new LinkedHashMap<>();
    private final Map<String, Organisation> newOrganisations = new LinkedHashMap<>();
    private final Map<String, Organisation> chosenOrganisations = new LinkedHashMap<>();
    private final PeopleChoices people;

    public CatalogueChoices(EventEditingData data) {
        this.data = data;
        data.organisations().forEach(o -> organisations.put(o.id(), o));
        people = new PeopleChoices(data.people());
    }

    public CountryIndex countries() {
        return data.countries();
    }

    public List<String> cities() {
        return data.cities();
    }

    public EventEditingData data() {
        return data;
    }

    public Optional<Organisation> organisation(UUID id) {
        return Optional.ofNullable(id == null ? null : organisations.get(id));
    }

    public Optional<Person> person(UUID id) {
        return people.person(id);
    }

    /** The organisation the text names (display name, name, acronym or other name), or a new one. */
    public Organisation organisationNamed(String text) {
        return findOrganisation(text).orElseGet(() -> newOrganisations.computeIfAbsent(Names.key(text), k -> {
            Organisation created = new Organisation(RecordStamp.fresh(), text.strip(), null, null, List.of(),
                    OrganisationKind.OTHER, null, null, null);
            organisations.put(created.id(), created);
            return created;
        }));
    }

    /** The organisation the text names, as {@link #organisationNamed} finds it, without making a new one. */
    public Optional<Organisation> findOrganisation(String text) {
        String key = Names.key(text);
        if (chosenOrganisations.containsKey(key)) {
            return Optional.of(chosenOrganisations.get(key));
        }
        return organisations.values().stream().filter(o -> key.equals(Names.key(o.displayName()))
                || key.equals(Names.key(o.name())) || key.equals(Names.key(o.acronym()))
                || o.otherNames().stream().anyMatch(n -> key.equals(Names.key(n)))).findFirst();
    }

    /** The person the text names, stored or new, without making a new one. */
    public Optional<Person> findPerson(String text) {
        return people.find(text);
    }

    /** The person the text names (name or other spelling), or a new one with these details. */
    public Person personNamed(String text, Organisation organisation, Country country, String position) {
        return people.named(text, name -> new Person(RecordStamp.fresh(), name, List.of(), null,
                blankToNull(position), organisation == null ? null : organisation.id(),
                country == null ? null : country.code(), null));
    }

    /**
     * Stored organisations whose names are a close spelling of the text, best first; empty when
     * the text names one exactly, names a new one already, or was already resolved.
     */
    public List<Organisation> closeMatches(String text) {
        String key = Names.key(text);
        if (key.isEmpty() || chosenOrganisations.containsKey(key) || newOrganisations.containsKey(key)) {
            return List.of();
        }
        return NameMatcher.offers(NameMatcher.organisations(text, data.organisations()));
    }

    /** Stored people whose names are a close spelling of the text, as {@link #closeMatches} does for organisations. */
    public List<Person> closePeople(String text) {
        return people.closeMatches(text);
    }

    /** From now on the text names this stored organisation (the user chose it over a new one). */
    public Organisation useExisting(String text, Organisation existing) {
        chosenOrganisations.put(Names.key(text), existing);
        return existing;
    }

    /** From now on the text names this stored person (the user chose them over a new one). */
    public Person useExisting(String text, Person existing) {
        return people.useExisting(text, existing);
    }

    public boolean isNew(Organisation organisation) {
        return organisation != null && newOrganisations.containsValue(organisation);
    }

    public boolean isNew(Person person) {
        return people.isNew(person);
    }

    /** The new organisations among those still used, to be saved with the event. */
    public List<Organisation> newOrganisationsUsed(Set<UUID> used) {
        return newOrganisations.values().stream().filter(o -> used.contains(o.id())).toList();
    }

    public List<Person> newPeopleUsed(Set<UUID> used) {
        return people.newUsed(used);
    }

    /** Organisations whose name, acronym or other name contains the text, best first. */
    public List<Organisation> suggestOrganisations(String text) {
        String key = Names.key(text);
        if (key.isEmpty()) {
            return List.of();
        }
        List<Organisation> starts = new ArrayList<>();
        List<Organisation> contains = new ArrayList<>();
        for (Organisation o : organisations.values()) {
            if (Names.key(o.acronym()).startsWith(key) || Names.key(o.name()).startsWith(key)) {
                starts.add(o);
            } else if (Names.key(o.name()).contains(key)
                    || o.otherNames().stream().anyMatch(n -> Names.key(n).contains(key))) {
                contains.add(o);
            }
        }
        starts.addAll(contains);
        return starts.stream().limit(PeopleChoices.SUGGESTIONS).toList();
    }

    public List<Person> suggestPeople(String text) {
        return people.suggest(text);
    }

    public List<String> suggestCities(String text) {
        return Names.containing(data.cities(), text, PeopleChoices.SUGGESTIONS);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
