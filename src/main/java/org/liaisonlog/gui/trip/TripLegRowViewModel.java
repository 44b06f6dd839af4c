package org.liaisonlog.gui.trip;

import java.time.LocalDate;
import java.util.UUID;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.model.trip.TripLeg;

/** One leg of the trip being edited: city, country (as typed), from, to, and its problems. */
public final class TripLegRowViewModel {

    private final UUID id;
    private final StringProperty city = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    /** True while the date field holds text that is not a date. */
    private final BooleanProperty fromUnreadable = new SimpleBooleanProperty(false);
    private final BooleanProperty toUnreadable = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper placeError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper countryError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper fromError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper toError = new ReadOnlyStringWrapper();

    /** A leg as stored, or an empty new one when {@code leg} is null. */
    public TripLegRowViewModel(TripLeg leg, CountryIndex countries, String language) {
        this.id = leg == null ? UUID.randomUUID() : leg.id();
        if (leg != null) {
            city.set(leg.city() == null ? "" : leg.city());
            country.set(leg.countryCode() == null ? "" : countries.name(leg.countryCode(), language));
            from.set(leg.from());
            to.set(leg.to());
        }
    }

    /** The leg as it stands in the form; a country that is not known counts as none. */
    public TripLeg leg(CountryIndex countries) {
        String c = city.get() == null || city.get().isBlank() ? null : city.get().strip();
        return new TripLeg(id, c, countries.find(country.get()).map(k -> k.code()).orElse(null), from.get(), to.get());
    }

    /** True when a country is typed that the catalogue does not know. */
    boolean unknownCountry(CountryIndex countries) {
        return country.get() != null && !country.get().isBlank() && countries.find(country.get()).isEmpty();
    }

    void showErrors(String place, String unknownCountry, String fromProblem, String toProblem) {
        placeError.set(place);
        countryError.set(unknownCountry);
        fromError.set(fromProblem);
        toError.set(toProblem);
    }

    Observable[] inputs() {
        return new Observable[] {city, country, from, to, fromUnreadable, toUnreadable};
    }

    public UUID id() { return id; }
    public StringProperty cityProperty() { return city; }
    public StringProperty countryProperty() { return country; }
    public ObjectProperty<LocalDate> fromProperty() { return from; }
    public ObjectProperty<LocalDate> toProperty() { return to; }
    public BooleanProperty fromUnreadableProperty() { return fromUnreadable; }
    public BooleanProperty toUnreadableProperty() { return toUnreadable; }
    public ReadOnlyStringProperty placeErrorProperty() { return placeError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countryErrorProperty() { return countryError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty fromErrorProperty() { return fromError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty toErrorProperty() { return toError.getReadOnlyProperty(); }
}
