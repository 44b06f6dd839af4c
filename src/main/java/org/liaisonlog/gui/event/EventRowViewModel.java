package org.liaisonlog.gui.event;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.event.EventSummary;

/** One line of the events table. Immutable: the table is reloaded after a change. */
public final class EventRowViewModel {

    private final UUID id;
    private final ReadOnlyObjectWrapper<LocalDate> startDate;
    private final String dateText;
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyObjectWrapper<Integer> edition;
    private final ReadOnlyStringWrapper place;
    private final ReadOnlyStringWrapper organisers;
    private final ReadOnlyObjectWrapper<Integer> participants;
    private final ReadOnlyStringWrapper themes;
    private final String searchText;

    public EventRowViewModel(EventSummary event, CountryIndex countries, String language) {
        this.id = event.id();
        this.startDate = new ReadOnlyObjectWrapper<>(event.start() == null ? null : event.start().date());
        this.dateText = DateTexts.range(event.start(), event.end(), Locale.forLanguageTag(language));
        this.title = new ReadOnlyStringWrapper(event.title());
        this.edition = new ReadOnlyObjectWrapper<>(event.edition());
        String country = countries.name(event.countryCode(), language);
        String city = event.city() == null ? "" : event.city();
        this.place = new ReadOnlyStringWrapper(city.isEmpty() || country.isEmpty() ? city + country : city + ", " + country);
        this.organisers = new ReadOnlyStringWrapper(String.join(", ", event.organisers()));
        this.participants = new ReadOnlyObjectWrapper<>(event.participants());
        this.themes = new ReadOnlyStringWrapper(String.join(", ", event.themes()));
        this.searchText = Names.key(String.join(" ", event.title(), nonNull(event.series()), place.get(),
                organisers.get(), themes.get(), dateText, isoDates(event)));
    }

    /** The dates as ISO too, so that a filter typed as 2018-10-31 still finds the event. */
    private static String isoDates(EventSummary event) {
        return (event.start() == null ? "" : event.start().date().toString()) + " "
                + (event.end() == null ? "" : event.end().date().toString());
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public UUID id() {
        return id;
    }

    /** The start date, for sorting the date column. */
    public ReadOnlyObjectProperty<LocalDate> startDateProperty() {
        return startDate.getReadOnlyProperty();
    }

    public String dateText() {
        return dateText;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> editionProperty() {
        return edition.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty organisersProperty() {
        return organisers.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> participantsProperty() {
        return participants.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty themesProperty() {
        return themes.getReadOnlyProperty();
    }

    /** True when every word of the filter (compared as {@link Names#key}) is somewhere in the line. */
    public boolean matches(String[] filterWords) {
        for (String word : filterWords) {
            if (!searchText.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
