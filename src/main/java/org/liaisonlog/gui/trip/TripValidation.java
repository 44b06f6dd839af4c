package org.liaisonlog.gui.trip;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.trip.TripField;
import org.liaisonlog.logic.trip.TripValidator;
import org.liaisonlog.model.trip.Trip;

/** The trip form's problems: one message (or none) per field and per leg field, and validity. */
public final class TripValidation {

    private final Messages messages;
    private final ReadOnlyStringWrapper purposeError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper travellersError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper eventsError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);

    TripValidation(Messages messages) {
        this.messages = messages;
    }

    /**
     * Checks the trip and shows each problem at its field, the legs' at their leg rows; a traveller
     * or event typed and not added ({@code travellerPending}, {@code eventPending}) is said first.
     */
    void update(Trip trip, boolean travellerPending, boolean eventPending, List<TripLegRowViewModel> legs,
                CountryIndex countries) {
        List<Problem<TripField>> problems = TripValidator.validate(trip);
        purposeError.set(message(problems, TripField.PURPOSE));
        travellersError.set(travellerPending ? messages.get("validation.travellerNotAdded")
                : message(problems, TripField.TRAVELLERS));
        eventsError.set(eventPending ? messages.get("validation.tripEventNotAdded") : null);
        boolean ok = purposeError.get() == null && travellersError.get() == null && !eventPending;
        for (TripLegRowViewModel row : legs) {
            List<Problem<TripField>> legProblems = TripValidator.validateLeg(row.leg(countries), trip.status());
            String unknown = row.unknownCountry(countries) ? messages.get("validation.unknownCountry") : null;
            // A date that cannot be read is said first: the rules would take it for no date.
            boolean fromUnreadable = row.fromUnreadableProperty().get();
            boolean toUnreadable = row.toUnreadableProperty().get();
            String unreadable = messages.get("validation.dateUnreadable");
            row.showErrors(message(legProblems, TripField.LEG_PLACE), unknown,
                    fromUnreadable ? unreadable : message(legProblems, TripField.LEG_FROM),
                    toUnreadable ? unreadable : message(legProblems, TripField.LEG_TO));
            ok &= legProblems.isEmpty() && unknown == null && !fromUnreadable && !toUnreadable;
        }
        valid.set(ok);
    }

    private String message(List<Problem<TripField>> problems, TripField field) {
        return problems.stream().filter(p -> p.field() == field).findFirst()
                .map(p -> messages.get(p.messageKey())).orElse(null);
    }

    public ReadOnlyStringProperty purposeErrorProperty() {
        return purposeError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty travellersErrorProperty() {
        return travellersError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty eventsErrorProperty() {
        return eventsError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
