package org.liaisonlog.gui.util;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.liaisonlog.model.common.DatePrecision;
import org.liaisonlog.model.common.PartialDate;

/**
 * How dates are written in the interface: as precisely as they are known, in the form of the
 * interface language. English: "31 Oct 2018", "Oct 2018", "2018"; Russian: "31.10.2018",
 * "октябрь 2018", "2018". Texts are for reading only: tables sort by the dates themselves.
 */
public final class DateTexts {

    /** The patterns of one language. */
    private record Style(DateTimeFormatter day, DateTimeFormatter dayAndMonth, DateTimeFormatter dayOnly,
                         DateTimeFormatter month, DateTimeFormatter monthOnly, DateTimeFormatter year,
                         DateTimeFormatter dateTime) {

        static Style of(Locale locale, String day, String dayAndMonth, String dayOnly, String month,
                        String monthOnly, String dateTime) {
            return new Style(format(day, locale), format(dayAndMonth, locale), format(dayOnly, locale),
                    format(month, locale), format(monthOnly, locale), format("uuuu", locale),
                    format(dateTime, locale));
        }

        private static DateTimeFormatter format(String pattern, Locale locale) {
            return DateTimeFormatter.ofPattern(pattern, locale);
        }
    }

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Style ENGLISH_STYLE = Style.of(Locale.ENGLISH, "d MMM uuuu", "d MMM", "d", "MMM uuuu",
            "MMM", "d MMM uuuu, HH:mm");
    private static final Style RUSSIAN_STYLE = Style.of(RUSSIAN, "dd.MM.uuuu", "dd.MM", "dd", "LLLL uuuu",
            "LLLL", "dd.MM.uuuu HH:mm");

    private DateTexts() {
    }

    private static Style style(Locale locale) {
        return locale != null && "ru".equals(locale.getLanguage()) ? RUSSIAN_STYLE : ENGLISH_STYLE;
    }

    /**
     * The locale for calendars (JavaFX's date picker popup): the language with a country, so that
     * weeks start on Monday as in the dates' own form ("ru-RU", else British English).
     */
    public static Locale calendarLocale(Locale locale) {
        return style(locale) == RUSSIAN_STYLE ? Locale.forLanguageTag("ru-RU") : Locale.UK;
    }

    /** A date as precisely as it is known: "31 Oct 2018", "Oct 2018" or "2018"; empty for none. */
    public static String of(PartialDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        Style style = style(locale);
        return switch (date.precision()) {
            case DAY -> style.day().format(date.date());
            case MONTH -> style.month().format(date.date());
            case YEAR -> style.year().format(date.date());
        };
    }

    /** A day: "31 Oct 2018" (English), "31.10.2018" (Russian); empty for none. */
    public static String day(LocalDate date, Locale locale) {
        return date == null ? "" : style(locale).day().format(date);
    }

    /** A moment in the given zone: "31 Oct 2018, 14:05" (English), "31.10.2018 14:05" (Russian). */
    public static String dateTime(Instant at, ZoneId zone, Locale locale) {
        return at == null ? "" : style(locale).dateTime().format(at.atZone(zone));
    }

    /**
     * A period, the shared part written once: "12–13 Mar 2024", "31 Oct – 1 Nov 2018",
     * "31 Dec 2018 – 2 Jan 2019", "Oct – Nov 2018" (in Russian "12–13.03.2024", "31.10 – 01.11.2018");
     * one date when both are the same or the end is unknown.
     */
    public static String range(PartialDate start, PartialDate end, Locale locale) {
        String from = of(start, locale);
        String to = of(end, locale);
        if (to.isEmpty() || to.equals(from)) {
            return from;
        }
        if (from.isEmpty()) {
            return to;
        }
        Style style = style(locale);
        LocalDate first = start.date();
        LocalDate last = end.date();
        boolean sameYear = first.getYear() == last.getYear();
        if (start.precision() == DatePrecision.DAY && end.precision() == DatePrecision.DAY && sameYear) {
            return first.getMonth() == last.getMonth()
                    ? style.dayOnly().format(first) + "–" + to
                    : style.dayAndMonth().format(first) + " – " + to;
        }
        if (start.precision() == DatePrecision.MONTH && end.precision() == DatePrecision.MONTH && sameYear) {
            return style.monthOnly().format(first) + " – " + to;
        }
        return from + " – " + to;
    }
}
