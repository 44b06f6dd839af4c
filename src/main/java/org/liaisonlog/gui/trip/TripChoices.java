package org.liaisonlog.gui.trip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.person.PeopleChoices;
import org.liaisonlog.logic.trip.TripEditingData;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.EventSummary;
import org.liaisonlog.model.person.Person;

/**
 * The people, countries, events and cities the trip editor offers, found by what the user
 * types; a traveller's name that matches nobody becomes a new person, saved with the trip, unless
 * the user takes the stored person whose name is a close spelling of it.
 */
public final class TripChoices {

    private final TripEditingData data;
    private final PeopleChoices people;
    private final Map<UUID, EventSummary> events = new LinkedHashMap<>();

    public TripChoices(TripEditingData data) {
        this.data = data;
        people = new PeopleChoices(data.people());
        data.events().forEach(e -> events.put(e.id(), e));
    }

    public CountryIndex countries() {
        return data.countries();
    }

    public Optional<Person> person(UUID id) {
        return people.person(id);
    }

    public Optional<EventSummary> event(UUID id) {
        return Optional.ofNullable(id == null ? null : events.get(id));
    }

    /** The person the text names (name or other spelling), or a new person of that name. */
    public Person personNamed(String text) {
        return people.named(text, name -> new Person(RecordStamp.fresh(), name, List.of(), null, null, null, null,
                null));
    }

    /**
     * Stored people whose names are a close spelling of the text, best first (docs/decisions/0007);
     * empty when the text names one exactly, names a new person already, or was already resolved.
     */
    public List<Person> closePeople(String text) {
        return people.closeMatches(text);
    }

    /** From now on the text names this stored person (the user chose them over a new one). */
    public Person useExisting(String text, Person existing) {
        return people.useExisting(text, existing);
    }

    /** The event whose title is exactly the text (ignoring case and accents), if any. */
    public Optional<EventSummary> eventTitled(String text) {
        String key = Names.key(text);
        return events.values().stream().filter(e -> key.equals(Names.key(e.title()))).findFirst();
    }

    public boolean isNew(Person person) {
        return people.isNew(person);
    }

    /** The new people among those still used, to be saved with the trip. */
    public List<Person> newPeopleUsed(Set<UUID> used) {
        return people.newUsed(used);
    }

    public List<Person> suggestPeople(String text) {
        return people.suggest(text);
    }

    /** Events whose title or series contains the text, latest first. */
    public List<EventSummary> suggestEvents(String text) {
        String key = Names.key(text);
        return key.isEmpty() ? List.of() : events.values().stream()
                .filter(e -> Names.key(e.title()).contains(key) || Names.key(e.series()).contains(key))
                .limit(PeopleChoices.SUGGESTIONS).toList();
    }

    public List<String> suggestCities(String text) {
        return Names.containing(data.cities(), text, PeopleChoices.SUGGESTIONS);
    }
}
