package org.liaisonlog.logic.search;

import java.util.Objects;

/**
 * One piece of a hit's detail line, as data, so a screen can name it in its own language: a
 * country by its code, an organisation's kind by its enum name, an organisation or a theme by its
 * id, or a text shown as it is (a city, an acronym, a position).
 *
 * @param type    what the piece is
 * @param key     the country code, the {@code OrganisationKind} name, the organisation's or theme's
 *                id; the text itself for {@link Type#TEXT}
 * @param english the piece as the engine's English {@link SearchHit#detail()} shows it
 */
public record DetailPart(Type type, String key, String english) {

    /** What a piece of the detail line is. */
    public enum Type { TEXT, COUNTRY, ORGANISATION_KIND, ORGANISATION, THEME }

    private static final char SEPARATOR = '\u001F';

    public DetailPart {
        Objects.requireNonNull(type, "type");
        key = key == null ? "" : key;
        english = english == null ? "" : english;
    }

    static DetailPart text(String text) {
        return new DetailPart(Type.TEXT, text, text);
    }

    /** The piece as one stored string. */
    String encode() {
        return type.name() + SEPARATOR + key + SEPARATOR + english;
    }

    static DetailPart decode(String stored) {
        int first = stored.indexOf(SEPARATOR);
        int second = stored.indexOf(SEPARATOR, first + 1);
        if (first < 0 || second < 0) {
            return text(stored);
        }
        try {
            return new DetailPart(Type.valueOf(stored.substring(0, first)), stored.substring(first + 1, second),
                    stored.substring(second + 1));
        } catch (IllegalArgumentException e) {
            return text(stored.substring(second + 1));
        }
    }
}
