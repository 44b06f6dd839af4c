package org.liaisonlog.logic.person;

import java.util.ArrayList;
import java.util.List;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.model.person.Person;

/** The rules a person must meet before they are saved. */
public final class PersonValidator {

    private PersonValidator() {
    }

    public static List<Problem<PersonField>> validate(Person person) {
        List<Problem<PersonField>> problems = new ArrayList<>();
        if (person.name() == null || person.name().isBlank()) {
            problems.add(new Problem<>(PersonField.NAME, "validation.personNameRequired"));
        }
        return problems;
    }
}
