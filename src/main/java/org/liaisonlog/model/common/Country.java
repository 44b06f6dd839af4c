package org.liaisonlog.model.common;

import java.util.List;

/** A country by its ISO 3166-1 alpha-2 code, with English and Russian names and other names. */
public record Country(String code, String nameEn, String nameRu, List<String> otherNames) {

    public Country {
        otherNames = List.copyOf(otherNames);
    }

    /** The name in the given language ("ru" gives the Russian name, anything else English). */
    public String name(String language) {
        return "ru".equals(language) && nameRu != null ? nameRu : nameEn;
    }
}
