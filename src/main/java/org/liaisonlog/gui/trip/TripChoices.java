package org.liaisonlog.gui.trip;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.merge.NameMatcher;
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

    private static final int SUGGESTIONS = 12;

    private final TripEditingData data;
    private final Map<UUID, Person> people = new LinkedHashMap<>();
    private final Map<String, Person> newPeople = new LinkedHashMap<>();
    private final Map<String, Person> chosenPeople = new LinkedHashMap<>();
    private final Map<UUID, EventSummary> events = new LinkedHashMap<>();

    public TripChoices(TripEditingData data) {
        this.data = data;
        data.people().forEach(p -> people.put(p.id(), p));
        data.events().forEach(e -> events.put(e.id(), e));
    }

    public CountryIndex countries() {
        return data.countries();
    }

    public Optional<Person> person(UUID id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    public Optional<EventSummary> event(UUID id) {
        return Optional.ofNullable(id == null ? null : events.get(id));
    }

    /** The person the text names (name or other spelling), or a new person of that name. */
    public Person personNamed(String text) {
        String key = Names.key(text);
        if (chosenPeople.containsKey(key)) {
            return chosenPeople.get(key);
        }
        for (Person p : people.values()) {
            if (key.equals(Names.key(p.name())) || p.otherSpellings().stream().anyMatch(n -> key.equals(Names.key(n)))) {
                return p;
            }
        }
        return newPeople.computeIfAbsent(key, k -> {
            Person created = new Person(RecordStamp.fresh(), text.strip(), List.of(), null, null, null, null, null);
            people.put(created.id(), created);
            return created;
        });
    }

    /**
     * Stored people whose names are a close spelling of the text, best first (docs/decisions/0007);
     * empty when the text names one exactly, names a new person already, or was already resolved.
     */
    public List<Person> closePeople(String text) {
        String key = Names.key(text);
        if (key.isEmpty() || chosenPeople.containsKey(key) || newPeople.containsKey(key)) {
            return List.of();
        }
        return NameMatcher.offers(NameMatcher.people(text, data.people()));
    }

    /** From now on the text names this stored person (the user chose them over a new one). */
    public Person useExisting(String text, Person existing) {
        chosenPeople.put(Names.key(text), existing);
        return existing;
    }

    /** The event whose title is exactly the text (ignoring case and accents), if any. */
    public Optional<EventSummary> eventTitled(String text) {
        String key = Names.key(text);
        return events.values().stream().filter(e -> key.equals(Names.key(e.title()))).findFirst();
    }

    public boolean isNew(Person person) {
        return person != null && newPeople.containsValue(person);
    }

    /** The new people among those still used, to be saved with the trip. */
    public List<Person> newPeopleUsed(Set<UUID> used) {
        return newPeople.values().stream().filter(p -> used.contains(p.id())).toList();
    }

    public List<Person> suggestPeople(String text) {
        String key = Names.key(text);
        return key.isEmpty() ? List.of() : people.values().stream()
                .filter(p -> Names.key(p.name()).contains(key)
                        || p.otherSpellings().stream().anyMatch(n -> Names.key(n).contains(key)))
                .limit(SUGGESTIONS).toList();
    }

    /** Events whose title or series contains the text, latest first. */
    public List<EventSummary> suggestEvents(String text) {
        String key = Names.key(text);
        return key.isEmpty() ? List.of() : events.values().stream()
                .filter(e -> Names.key(e.title()).contains(key) || Names.key(e.series()).contains(key))
                .limit(SUGGESTIONS).toList();
    }

    public List<String> suggestCities(String text) {
        String key = Names.key(text);
        Set<String> seen = new HashSet<>();
        return key.isEmpty() ? List.of() : data.cities().stream()
                .filter(c -> Names.key(c).contains(key) && seen.add(c)).limit(SUGGESTIONS).toList();
    }
}
