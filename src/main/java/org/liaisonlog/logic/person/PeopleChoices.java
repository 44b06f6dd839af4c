package org.liaisonlog.logic.person;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.merge.NameMatcher;
import org.liaisonlog.model.person.Person;

/**
 * The people an editor (of an event's participants, of a trip's travellers) can pick from, found
 * by what the user types: a name or other spelling names a stored person; a name that matches
 * nobody becomes a new person, saved with the record, unless the user takes the stored person
 * whose name is a close spelling of it (docs/decisions/0007).
 */
public final class PeopleChoices {

    /** How many suggestions a field offers at most. */
    public static final int SUGGESTIONS = 12;

    private final List<Person> stored;
    private final Map<UUID, Person> people = new LinkedHashMap<>();
    private final Map<String, Person> newPeople = new LinkedHashMap<>();
    private final Map<String, Person> chosenPeople = new LinkedHashMap<>();

    public PeopleChoices(List<Person> stored) {
        this.stored = stored;
        stored.forEach(p -> people.put(p.id(), p));
    }

    public Optional<Person> person(UUID id) {
        return Optional.ofNullable(id == null ? null : people.get(id));
    }

    /**
     * The person the text names (the one chosen for it, or a stored one by name or other
     * spelling), or the new person {@code newPerson} makes of the stripped text, made once.
     */
    public Person named(String text, Function<String, Person> newPerson) {
        String key = Names.key(text);
        return find(text).orElseGet(() -> newPeople.computeIfAbsent(key, k -> {
            Person created = newPerson.apply(text.strip());
            people.put(created.id(), created);
            return created;
        }));
    }

    /** The person the text names, as {@link #named} finds them, without making a new one; empty when none. */
    public Optional<Person> find(String text) {
        String key = Names.key(text);
        if (chosenPeople.containsKey(key)) {
            return Optional.of(chosenPeople.get(key));
        }
        return people.values().stream().filter(p -> key.equals(Names.key(p.name()))
                || p.otherSpellings().stream().anyMatch(n -> key.equals(Names.key(n)))).findFirst();
    }

    /**
     * Stored people whose names are a close spelling of the text, best first; empty when the text
     * names one exactly, names a new person already, or was already resolved.
     */
    public List<Person> closeMatches(String text) {
        String key = Names.key(text);
        if (key.isEmpty() || chosenPeople.containsKey(key) || newPeople.containsKey(key)) {
            return List.of();
        }
        return NameMatcher.offers(NameMatcher.people(text, stored));
    }

    /** From now on the text names this stored person (the user chose them over a new one). */
    public Person useExisting(String text, Person existing) {
        chosenPeople.put(Names.key(text), existing);
        return existing;
    }

    public boolean isNew(Person person) {
        return person != null && newPeople.containsValue(person);
    }

    /** The new people among those still used, to be saved with the record. */
    public List<Person> newUsed(Set<UUID> used) {
        return newPeople.values().stream().filter(p -> used.contains(p.id())).toList();
    }

    /** People whose name or other spelling contains the text. */
    public List<Person> suggest(String text) {
        String key = Names.key(text);
        return key.isEmpty() ? List.of() : people.values().stream()
                .filter(p -> Names.key(p.name()).contains(key)
                        || p.otherSpellings().stream().anyMatch(n -> Names.key(n).contains(key)))
                .limit(SUGGESTIONS).toList();
    }
}
