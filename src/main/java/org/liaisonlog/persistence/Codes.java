package org.liaisonlog.persistence;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;

/** How domain values are written to columns: enums by name, partial dates as date + precision. */
final class Codes {

    /** Separates the other names of a country in its one column (as in the shipped CSV). */
    private static final String NAME_SEPARATOR = "|";

    private Codes() {
    }

    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name.trim());
    }

    static LocalDate date(PartialDate value) {
        return value == null ? null : value.date();
    }

    /** The precision column is NOT NULL; an unknown date is stored as NULL with precision DAY. */
    static String precision(PartialDate value) {
        return (value == null ? DatePrecision.DAY : value.precision()).name();
    }

    static PartialDate partialDate(LocalDate date, String precision) {
        return date == null ? null : new PartialDate(date, parse(DatePrecision.class, precision));
    }

    static String joinNames(List<String> names) {
        return names.isEmpty() ? null : String.join(NAME_SEPARATOR, names);
    }

    static List<String> splitNames(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The values without repeats, in their first order: link tables key on the value, so a
     * repeat would break the primary key.
     */
    static <T> List<T> distinct(Collection<T> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }
}
