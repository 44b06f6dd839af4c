package org.liaisonlog.gui.util;

import java.time.format.DateTimeFormatter;
import org.liaisonlog.model.common.PartialDate;

/** How dates are written in tables: as precisely as they are known, year first, so they sort. */
public final class DateTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("yyyy");

    private DateTexts() {
    }

    public static String of(PartialDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> DAY.format(date.date());
            case MONTH -> MONTH.format(date.date());
            case YEAR -> YEAR.format(date.date());
        };
    }

    /** "2018-10-31 – 2018-11-01", or one date when both are the same or the end is unknown. */
    public static String range(PartialDate start, PartialDate end) {
        String from = of(start);
        String to = of(end);
        if (to.isEmpty() || to.equals(from)) {
            return from;
        }
        return from.isEmpty() ? to : from + " – " + to;
    }
}
