package org.liaisonlog.gui.person;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;

/** One line of an attendance history: an event attended, in what capacity, with what title. */
public final class HistoryRowViewModel {

    private final UUID eventId;
    private final ReadOnlyObjectWrapper<LocalDate> date;
    private final String dateText;
    private final ReadOnlyStringWrapper event;
    private final ReadOnlyStringWrapper place;
    private final ReadOnlyStringWrapper capacity;
    private final ReadOnlyStringWrapper role;
    private final ReadOnlyStringWrapper title;
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyStringWrapper organisation;

    /**
     * @param self the organisation whose history this is: its own lines show no organisation, so
     *             only those that came through a sub-organisation name it; null for a person
     */
    public HistoryRowViewModel(AttendanceHistoryEntry entry, UUID self, CountryIndex countries, Messages messages) {
        this.eventId = entry.eventId();
        this.date = new ReadOnlyObjectWrapper<>(entry.eventStart() == null ? null : entry.eventStart().date());
        this.dateText = DateTexts.of(entry.eventStart(), messages.locale());
        this.event = new ReadOnlyStringWrapper(entry.eventTitle());
        String country = countries.name(entry.countryCode(), messages.language());
        String city = entry.city() == null ? "" : entry.city();
        this.place = new ReadOnlyStringWrapper(city.isEmpty() || country.isEmpty() ? city + country
                : city + ", " + country);
        this.capacity = new ReadOnlyStringWrapper(messages.of(entry.capacity()));
        this.role = new ReadOnlyStringWrapper(messages.of(entry.role()));
        this.title = new ReadOnlyStringWrapper(entry.title() == null ? "" : entry.title());
        this.status = new ReadOnlyStringWrapper(messages.of(entry.status()));
        boolean own = self != null && self.equals(entry.organisationId());
        this.organisation = new ReadOnlyStringWrapper(own || entry.organisationName() == null ? ""
                : entry.organisationName());
    }

    public UUID eventId() {
        return eventId;
    }

    public String dateText() {
        return dateText;
    }

    public ReadOnlyObjectProperty<LocalDate> dateProperty() { return date.getReadOnlyProperty(); }
    public ReadOnlyStringProperty eventProperty() { return event.getReadOnlyProperty(); }
    public ReadOnlyStringProperty placeProperty() { return place.getReadOnlyProperty(); }
    public ReadOnlyStringProperty capacityProperty() { return capacity.getReadOnlyProperty(); }
    public ReadOnlyStringProperty roleProperty() { return role.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty organisationProperty() { return organisation.getReadOnlyProperty(); }
}
