package org.liaisonlog.gui.event;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.EventField;
import org.liaisonlog.logic.event.Problem;

/** The event form's problems, one message (or none) per field, and whether it may be saved. */
public final class ValidationState {

    private final Messages messages;
    private final Map<EventField, ReadOnlyStringWrapper> errors = new EnumMap<>(EventField.class);
    private final ReadOnlyStringWrapper countryError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);

    ValidationState(Messages messages) {
        this.messages = messages;
        for (EventField field : EventField.values()) {
            errors.put(field, new ReadOnlyStringWrapper());
        }
    }

    /** Shows the first problem of each field at it. */
    void update(List<Problem<EventField>> problems, boolean badCountry) {
        Map<EventField, String> found = new EnumMap<>(EventField.class);
        for (Problem<EventField> p : problems) {
            found.putIfAbsent(p.field(), messages.get(p.messageKey()));
        }
        errors.forEach((field, wrapper) -> wrapper.set(found.get(field)));
        countryError.set(badCountry ? messages.get("validation.unknownCountry") : null);
        valid.set(found.isEmpty() && !badCountry);
    }

    public ReadOnlyStringProperty error(EventField field) {
        return errors.get(field).getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countryErrorProperty() {
        return countryError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }
}
