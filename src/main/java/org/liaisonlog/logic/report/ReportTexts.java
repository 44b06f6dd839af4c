package org.liaisonlog.logic.report;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.trip.TripStatus;

/**
 * The texts of the reports in one language, from the bundle {@code report.properties} /
 * {@code report_ru.properties}. Russian for a Russian locale, English for any other.
 */
final class ReportTexts {

    static final String BUNDLE = "org.liaisonlog.logic.report.report";
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final Locale locale;
    private final ResourceBundle bundle;
    private final Map<String, DateTimeFormatter> datePatterns = new HashMap<>();

    private ReportTexts(Locale locale) {
        this.locale = locale;
        // No fallback to the system's locale: an English report stays English on a Russian system.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    static ReportTexts of(Locale language) {
        return new ReportTexts(isRussian(language) ? RUSSIAN : Locale.ENGLISH);
    }

    static boolean isRussian(Locale language) {
        return language != null && "ru".equals(language.getLanguage());
    }

    /** The report's language: {@code ru} or {@code en}. */
    Locale locale() {
        return locale;
    }

    /** "ru" or "en", as the model's {@code name(language)} methods take it. */
    String language() {
        return locale.getLanguage();
    }

    boolean russian() {
        return isRussian(locale);
    }

    String text(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** A date pattern of the bundle ("day", "month", …), made once per report. */
    DateTimeFormatter datePattern(String key) {
        return datePatterns.computeIfAbsent(key, k -> DateTimeFormatter.ofPattern(text("date." + k), locale));
    }

    String capacity(Capacity capacity) {
        return text("capacity." + capacity.name());
    }

    String role(ParticipantRole role) {
        return role == null ? "" : text("role." + role.name());
    }

    String status(AttendanceStatus status) {
        return text("status." + status.name());
    }

    String tripStatus(TripStatus status) {
        return status == null ? "" : text("tripStatus." + status.name());
    }

    String kind(EventKind kind) {
        return kind == null ? "" : text("kind." + kind.name());
    }

    /** The edition as a word ("Sixth"), or as a number with an English suffix past the words. */
    String ordinal(int edition) {
        List<String> words = List.of(text("edition.ordinals").split(","));
        if (edition >= 1 && edition <= words.size()) {
            return words.get(edition - 1).strip();
        }
        int lastTwo = edition % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (edition % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return edition + suffix;
    }
}
