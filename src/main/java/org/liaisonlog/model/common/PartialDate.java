package org.liaisonlog.model.common;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A date known to the day, the month or the year. The stored date is the first day of the
 * period it stands for (a month-precision date is stored as the 1st of that month), so that
 * partial dates sort with full ones.
 */
public record PartialDate(LocalDate date, DatePrecision precision) implements Comparable<PartialDate> {

    public PartialDate {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "precision");
        date = switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    public static PartialDate ofDay(LocalDate date) {
        return new PartialDate(date, DatePrecision.DAY);
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(LocalDate.of(year, month, 1), DatePrecision.MONTH);
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
    }

    /** The last day of the period this date stands for. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    @Override
    public int compareTo(PartialDate other) {
        int byDate = date.compareTo(other.date);
        return byDate != 0 ? byDate : precision.compareTo(other.precision);
    }
}
