package org.liaisonlog.gui.event;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/** One line of an event's participants table: an attendance, shown with names. */
public final class ParticipantRowViewModel {

    private final ReadOnlyObjectWrapper<Attendance> attendance;
    private final StringBinding participant;
    private final StringBinding capacity;
    private final StringBinding country;
    private final StringBinding role;
    private final StringBinding title;
    private final StringBinding status;

    public ParticipantRowViewModel(Attendance value, CatalogueChoices choices, Messages messages) {
        this.attendance = new ReadOnlyObjectWrapper<>(value);
        String language = messages.language();
        this.participant = Bindings.createStringBinding(() -> label(attendance.get(), choices, language), attendance);
        this.capacity = Bindings.createStringBinding(() -> messages.of(attendance.get().capacity()), attendance);
        this.country = Bindings.createStringBinding(
                () -> choices.countries().name(attendance.get().countryCode(), language), attendance);
        this.role = Bindings.createStringBinding(() -> messages.of(attendance.get().role()), attendance);
        this.title = Bindings.createStringBinding(() -> nonNull(attendance.get().title()), attendance);
        this.status = Bindings.createStringBinding(() -> messages.of(attendance.get().status()), attendance);
    }

    /** "Person — Organisation", or whichever is known: the description, else the country represented. */
    static String label(Attendance a, CatalogueChoices choices, String language) {
        String person = choices.person(a.personId()).map(Person::name).orElse("");
        String organisation = choices.organisation(a.organisationId()).map(Organisation::displayName).orElse("");
        String description = nonNull(a.description());
        String body = !organisation.isEmpty() ? organisation
                : !description.isEmpty() ? description : choices.countries().name(a.countryCode(), language);
        if (person.isEmpty()) {
            return body;
        }
        return body.isEmpty() ? person : person + " — " + body;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public Attendance attendance() {
        return attendance.get();
    }

    public void setAttendance(Attendance value) {
        attendance.set(value);
    }

    public ReadOnlyObjectProperty<Attendance> attendanceProperty() {
        return attendance.getReadOnlyProperty();
    }

    public StringBinding participantProperty() {
        return participant;
    }

    public StringBinding capacityProperty() {
        return capacity;
    }

    public StringBinding countryProperty() {
        return country;
    }

    public StringBinding roleProperty() {
        return role;
    }

    public StringBinding titleProperty() {
        return title;
    }

    public StringBinding statusProperty() {
        return status;
    }
}
