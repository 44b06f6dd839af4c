package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.event.EventSummary;

/**
 * One line of the events table. Immutable: the table is reloaded after a change. Its texts are
 * made once; the properties the table's cells and sorting ask for are made when first asked for
 * (at 100 000 lines most are never shown).
 */
public final class EventRowViewModel implements RecordTableModel.Line {

    private final EventSummary summary;
    private final String dateText;
    private final String place;
    private final String organisers;
    private final String themes;
    private final String searchText;
    private ReadOnlyObjectProperty<LocalDate> startDateProperty;
    private ReadOnlyStringProperty titleProperty;
    private ReadOnlyObjectProperty<Integer> editionProperty;
    private ReadOnlyStringProperty placeProperty;
    private ReadOnlyStringProperty organisersProperty;
    private ReadOnlyObjectProperty<Integer> participantsProperty;
    private ReadOnlyStringProperty themesProperty;

    public EventRowViewModel(EventSummary event, CountryIndex countries, String language) {
        this.summary = event;
        this.dateText = DateTexts.range(event.start(), event.end(), Locale.forLanguageTag(language));
        String country = countries.name(event.countryCode(), language);
        String city = event.city() == null ? "" : event.city();
        this.place = city.isEmpty() || country.isEmpty() ? city + country : city + ", " + country;
        this.organisers = String.join(", ", event.organisers());
        this.themes = String.join(", ", event.themes());
        this.searchText = Names.key(String.join(" ", event.title(), nonNull(event.series()), place,
                organisers, themes, dateText, isoDates(event)));
    }

    /** The dates as ISO too, so that a filter typed as 2018-10-31 still finds the event. */
    private static String isoDates(EventSummary event) {
        return (event.start() == null ? "" : event.start().date().toString()) + " "
                + (event.end() == null ? "" : event.end().date().toString());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    @Override
    public UUID id() {
        return summary.id();
    }

    /** What the line was made from: the same summary read again makes the same line. */
    public EventSummary summary() {
        return summary;
    }

    public String dateText() {
        return dateText;
    }

    public String title() {
        return summary.title();
    }

    public String place() {
        return place;
    }

    public String organisers() {
        return organisers;
    }

    public String themes() {
        return themes;
    }

    /** The start date, for sorting the date column. */
    public ReadOnlyObjectProperty<LocalDate> startDateProperty() {
        if (startDateProperty == null) {
            startDateProperty = objectProperty(summary.start() == null ? null : summary.start().date());
        }
        return startDateProperty;
    }

    public ReadOnlyStringProperty titleProperty() {
        if (titleProperty == null) {
            titleProperty = stringProperty(summary.title());
        }
        return titleProperty;
    }

    public ReadOnlyObjectProperty<Integer> editionProperty() {
        if (editionProperty == null) {
            editionProperty = objectProperty(summary.edition());
        }
        return editionProperty;
    }

    public ReadOnlyStringProperty placeProperty() {
        if (placeProperty == null) {
            placeProperty = stringProperty(place);
        }
        return placeProperty;
    }

    public ReadOnlyStringProperty organisersProperty() {
        if (organisersProperty == null) {
            organisersProperty = stringProperty(organisers);
        }
        return organisersProperty;
    }

    public ReadOnlyObjectProperty<Integer> participantsProperty() {
        if (participantsProperty == null) {
            participantsProperty = objectProperty(summary.participants());
        }
        return participantsProperty;
    }

    public ReadOnlyStringProperty themesProperty() {
        if (themesProperty == null) {
            themesProperty = stringProperty(themes);
        }
        return themesProperty;
    }

    private static ReadOnlyStringProperty stringProperty(String value) {
        return new ReadOnlyStringWrapper(value).getReadOnlyProperty();
    }

    private static <T> ReadOnlyObjectProperty<T> objectProperty(T value) {
        return new ReadOnlyObjectWrapper<>(value).getReadOnlyProperty();
    }

    /** True when every word of the filter (compared as {@link Names#key}) is somewhere in the line. */
    @Override
    public boolean matches(String[] filterWords) {
        for (String word : filterWords) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
