package org.liaisonlog.logic.person;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liaisonlog.model.person.Person;

/** Stores people with the other spellings of their names. */
public interface PersonRepository {

    Person insert(Person person);

    Optional<Person> findById(UUID id);

    /** All people, sorted by name. */
    List<Person> findAll();

    int count();
}
