package org.liaisonlog.gui.trip;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.trip.TripSummary;

/** One line of the trips table. Immutable: the table is reloaded after a change. */
public final class TripRowViewModel implements RecordTableModel.Line {

    private final UUID id;
    private final ReadOnlyObjectWrapper<LocalDate> first;
    private final String dateText;
    private final ReadOnlyStringWrapper travellers;
    private final ReadOnlyStringWrapper destinations;
    private final ReadOnlyStringWrapper purpose;
    private final ReadOnlyStringWrapper status;
    private final ReadOnlyObjectWrapper<Integer> events;
    private final String searchText;

    public TripRowViewModel(TripSummary trip, Messages messages) {
        this.id = trip.id();
        this.first = new ReadOnlyObjectWrapper<>(trip.first());
        this.dateText = DateTexts.range(day(trip.first()), day(trip.last()), messages.locale());
        this.travellers = new ReadOnlyStringWrapper(String.join(", ", trip.travellers()));
        this.destinations = new ReadOnlyStringWrapper(String.join(" – ", trip.destinations()));
        this.purpose = new ReadOnlyStringWrapper(trip.purpose());
        this.status = new ReadOnlyStringWrapper(messages.of(trip.status()));
        this.events = new ReadOnlyObjectWrapper<>(trip.events());
        this.searchText = Names.key(String.join(" ", dateText, iso(trip.first()), iso(trip.last()), travellers.get(), destinations.get(),
                trip.purpose(), status.get()));
    }

    private static PartialDate day(LocalDate date) {
        return date == null ? null : PartialDate.ofDay(date);
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public UUID id() {
        return id;
    }

    /** The first day of the trip, for sorting the date column. */
    public ReadOnlyObjectProperty<LocalDate> firstDateProperty() {
        return first.getReadOnlyProperty();
    }

    public String dateText() {
        return dateText;
    }

    public ReadOnlyStringProperty travellersProperty() {
        return travellers.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty destinationsProperty() {
        return destinations.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty purposeProperty() {
        return purpose.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> eventsProperty() {
        return events.getReadOnlyProperty();
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
