package org.liaisonlog.logic.report;

import java.time.LocalDate;
import java.time.YearMonth;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;

/**
 * Dates as reports write them, in full and as precisely as they are known: "31 October 2018",
 * "October 2018", "2018"; periods with the shared part written once: "31 October – 1 November
 * 2018", "1–3 November 2018" (Russian: "31 октября – 1 ноября 2018 г.").
 */
final class ReportDates {

    private final ReportTexts texts;

    ReportDates(ReportTexts texts) {
        this.texts = texts;
    }

    String of(PartialDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> day(date.date());
            case MONTH -> texts.datePattern("month").format(date.date());
            case YEAR -> texts.datePattern("year").format(date.date());
        };
    }

    String day(LocalDate date) {
        return date == null ? "" : texts.datePattern("day").format(date);
    }

    /** A month as a group heading: "October 2018", "Октябрь 2018 г.". */
    String month(YearMonth month) {
        String text = texts.datePattern("month").format(month.atDay(1));
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    String range(LocalDate first, LocalDate last) {
        return range(first == null ? null : PartialDate.ofDay(first), last == null ? null : PartialDate.ofDay(last));
    }

    /** A period; one date when both ends are the same or the end is unknown; empty when neither is known. */
    String range(PartialDate start, PartialDate end) {
        String from = of(start);
        String to = of(end);
        if (to.isEmpty() || to.equals(from)) {
            return from;
        }
        if (from.isEmpty()) {
            return to;
        }
        LocalDate first = start.date();
        LocalDate last = end.date();
        boolean sameYear = first.getYear() == last.getYear();
        if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY && sameYear
                && !last.isBefore(first)) {
            return first.getMonth() == last.getMonth()
                    ? texts.datePattern("dayOnly").format(first) + "–" + to
                    : texts.datePattern("dayMonth").format(first) + " – " + to;
        }
        if (start.precision() == DatePrecision.MONTH && end.precision() == DatePrecision.MONTH && sameYear
                && !last.isBefore(first)) {
            return texts.datePattern("monthOnly").format(first) + " – " + to;
        }
        return from + " – " + to;
    }
}
