package org.liaisonlog.gui.util;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The user-visible strings of the program, in the user's language (English or Russian). */
public final class Messages {

    public static final String BUNDLE = "org.liaisonlog.gui.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale);
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale).format(arguments);
    }

    /** The display name of an enum constant: the key {@code enum.Type.CONSTANT}. */
    public String of(Enum<?> value) {
        return value == null ? "" : get("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    /** "ru" or "en": the language names in the catalogue are shown in. */
    public String language() {
        return "ru".equals(locale.getLanguage()) ? "ru" : "en";
    }

    public Locale locale() {
        return locale;
    }
}
