package org.liaisonlog.logic.search;

import java.time.LocalDate;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;

/** How a hit's dates are kept in the index: "2018-10-31/DAY", the day and its precision. */
final class StoredDates {

    private StoredDates() {
    }

    static String write(PartialDate date) {
        return date.date() + "/" + date.precision().name();
    }

    /** The date written by {@link #write}, or null for null. */
    static PartialDate read(String stored) {
        if (stored == null) {
            return null;
        }
        int slash = stored.indexOf('/');
        return new PartialDate(day(stored, slash), DatePrecision.valueOf(stored.substring(slash + 1)));
    }

    /**
     * The day written in ISO form ("2018-10-31") before {@code end}; read by hand when its year has
     * four digits (the general parser is several times slower, and a search reads two dates a hit).
     */
    private static LocalDate day(String stored, int end) {
        if (end == 10 && stored.charAt(4) == '-' && stored.charAt(7) == '-') {
            int year = digits(stored, 0, 4);
            int month = digits(stored, 5, 7);
            int day = digits(stored, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(stored.substring(0, end));
    }

    /** The number written in ASCII digits from {@code from} to {@code to}, or -1 when one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
