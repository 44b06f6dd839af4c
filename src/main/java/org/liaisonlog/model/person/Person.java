package org.liaisonlog.model.person;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.common.RecordStamp;

/** A person, with the other spellings of their name (Latin and Cyrillic). */
public record Person(
        RecordStamp stamp,
        String name,
        List<String> otherSpellings,
        String honorific,
        String position,
        UUID organisationId,
        String countryCode,
        String notes) {

    public Person {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(name, "name");
        otherSpellings = List.copyOf(otherSpellings);
    }

    public UUID id() {
        return stamp.id();
    }
}
