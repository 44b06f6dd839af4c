package org.liaisonlog.logic.report;

import java.util.Locale;
import java.util.Objects;

/**
 * How a sign-in sheet is made.
 *
 * @param language  the language of the sheet (English or Russian)
 * @param blankRows how many empty rows follow the expected participants, for people who come unannounced
 */
public record SignInOptions(Locale language, int blankRows) {

    public SignInOptions {
        Objects.requireNonNull(language, "language");
        if (blankRows < 0) {
            throw new IllegalArgumentException("blankRows must not be negative");
        }
    }

    /** Ten blank rows. */
    public static SignInOptions standard(Locale language) {
        return new SignInOptions(language, 10);
    }
}
