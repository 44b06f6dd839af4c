package org.liaisonlog.gui.util;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import javafx.util.StringConverter;

/**
 * Dates in pickers: shown as 2018-10-31; typed as 2018-10-31, 31.10.2018 or 31/10/2018.
 * Text that is not a date gives null, so a half-typed date never throws.
 */
public final class IsoDateConverter extends StringConverter<LocalDate> {

    private static final List<DateTimeFormatter> INPUTS = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ofPattern("d/M/uuuu"));

    @Override
    public String toString(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(date);
    }

    @Override
    public LocalDate fromString(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        for (DateTimeFormatter format : INPUTS) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return null;
    }
}
