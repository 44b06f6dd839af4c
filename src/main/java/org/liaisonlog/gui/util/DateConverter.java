package org.liaisonlog.gui.util;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.util.StringConverter;

/**
 * Dates in pickers: shown in the interface language's form ({@link DateTexts#day}: "31 Oct 2018",
 * "31.10.2018"); typed in that form, as 2018-10-31 (ISO), 31.10.2018 or 31/10/2018, or with the
 * month's name in the interface language or in English ("31 oct 2018", "31 October 2018").
 * Text that is not a date gives null, so a half-typed date never throws.
 */
public final class DateConverter extends StringConverter<LocalDate> {

    private final Locale locale;
    private final List<DateTimeFormatter> inputs = new ArrayList<>();

    public DateConverter(Locale locale) {
        this.locale = locale;
        inputs.add(DateTimeFormatter.ISO_LOCAL_DATE);
        inputs.add(strict("d.M.uuuu", Locale.ENGLISH));
        inputs.add(strict("d/M/uuuu", Locale.ENGLISH));
        for (Locale language : locale.getLanguage().equals(Locale.ENGLISH.getLanguage())
                ? List.of(Locale.ENGLISH) : List.of(locale, Locale.ENGLISH)) {
            inputs.add(strict("d MMM uuuu", language));
            inputs.add(strict("d MMMM uuuu", language));
        }
    }

    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale)
                .withResolverStyle(ResolverStyle.STRICT);
    }

    @Override
    public String toString(LocalDate date) {
        return DateTexts.day(date, locale);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String typed = text.strip().replaceAll("\\s+", " ");
        for (DateTimeFormatter format : inputs) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
