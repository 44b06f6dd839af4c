package org.liaisonlog.gui.event;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.liaisonlog.gui.merge.DuplicateOffer;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.attendance.ParticipantRole;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * The form for one participant: a copy of the attendance line as text, validated as typed;
 * {@link #result()} turns it back into an attendance, naming new organisations and people.
 */
public final class ParticipantEditorViewModel {

    private final CatalogueChoices choices;
    private final UUID id;
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty person = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<Capacity> capacity = new SimpleObjectProperty<>();
    private final StringProperty country = new SimpleStringProperty("");
    private final ObjectProperty<ParticipantRole> role = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<AttendanceStatus> status = new SimpleObjectProperty<>(AttendanceStatus.ATTENDED);
    private final StringProperty notes = new SimpleStringProperty("");
    private final StringBinding capacityError;
    private final StringBinding countryError;
    private final StringBinding nobodyError;
    private final StringBinding organisationError;
    private final StringBinding personError;
    private final BooleanBinding valid;

    /**
     * @param others the event's other participant lines: the same person, or the same organisation
     *               without a person, may not be named again
     */
    public ParticipantEditorViewModel(Attendance existing, List<Attendance> others, CatalogueChoices choices,
                                      Messages messages) {
        this.choices = choices;
        this.id = existing == null ? UUID.randomUUID() : existing.id();
        if (existing != null) {
            String language = messages.language();
            organisation.set(choices.organisation(existing.organisationId()).map(Organisation::displayName).orElse(""));
            person.set(choices.person(existing.personId()).map(Person::name).orElse(""));
            description.set(nonNull(existing.description()));
            capacity.set(existing.capacity());
            country.set(choices.countries().byCode(existing.countryCode()).map(c -> c.name(language)).orElse(""));
            role.set(existing.role());
            title.set(nonNull(existing.title()));
            status.set(existing.status());
            notes.set(nonNull(existing.notes()));
        }
        capacityError = Bindings.createStringBinding(
                () -> capacity.get() == null ? messages.get("validation.capacityRequired") : null, capacity);
        countryError = Bindings.createStringBinding(
                () -> !country.get().isBlank() && findCountry().isEmpty()
                        ? messages.get("validation.unknownCountry") : null, country);
        nobodyError = Bindings.createStringBinding(
                () -> organisation.get().isBlank() && person.get().isBlank() && description.get().isBlank()
                        && country.get().isBlank() ? messages.get("validation.participantNamesNobody") : null,
                organisation, person, description, country);
        // An organisation is there already when a line names it without a person; a person, whatever their line.
        organisationError = Bindings.createStringBinding(() -> person.get().isBlank()
                && choices.findOrganisation(organisation.get()).map(Organisation::id).filter(found -> others.stream()
                        .anyMatch(a -> a.personId() == null && found.equals(a.organisationId()))).isPresent()
                ? messages.get("validation.participantOrganisationTwice") : null, organisation, person);
        personError = Bindings.createStringBinding(() -> choices.findPerson(person.get()).map(Person::id)
                .filter(found -> others.stream().anyMatch(a -> found.equals(a.personId()))).isPresent()
                ? messages.get("validation.participantPersonTwice") : null, person);
        valid = capacityError.isNull().and(countryError.isNull()).and(nobodyError.isNull())
                .and(organisationError.isNull()).and(personError.isNull());
    }

    private Optional<Country> findCountry() {
        return choices.countries().find(country.get());
    }

    /** The attendance line as filled in; only call when {@link #validProperty()} is true. */
    public Attendance result() {
        Country chosenCountry = findCountry().orElse(null);
        Organisation chosenOrganisation = organisation.get().isBlank() ? null : choices.organisationNamed(organisation.get());
        Person chosenPerson = person.get().isBlank() ? null
                : choices.personNamed(person.get(), chosenOrganisation, chosenCountry, title.get());
        return new Attendance(id,
                chosenOrganisation == null ? null : chosenOrganisation.id(),
                chosenPerson == null ? null : chosenPerson.id(),
                blankToNull(description.get()), capacity.get(),
                chosenCountry == null ? null : chosenCountry.code(),
                role.get(), blankToNull(title.get()),
                status.get() == null ? AttendanceStatus.ATTENDED : status.get(), blankToNull(notes.get()));
    }

    /**
     * Before {@link #result()} names new records: for an organisation or person typed that is a
     * close spelling of a stored one, asks whether the stored one was meant (issue "Duplicates").
     */
    public void offerExisting(org.liaisonlog.gui.util.DialogService dialogs, Messages messages) {
        String organisationText = organisation.get();
        java.util.List<Organisation> organisations = choices.closeMatches(organisationText);
        if (!organisations.isEmpty() && DuplicateOffer.ask(dialogs, messages, organisationText,
                organisations.get(0).displayName()) == DuplicateOffer.Answer.USE_EXISTING) {
            choices.useExisting(organisationText, organisations.get(0));
        }
        String personText = person.get();
        java.util.List<Person> people = choices.closePeople(personText);
        if (!people.isEmpty() && DuplicateOffer.ask(dialogs, messages, personText, people.get(0).name())
                == DuplicateOffer.Answer.USE_EXISTING) {
            choices.useExisting(personText, people.get(0));
        }
    }

    public CatalogueChoices choices() {
        return choices;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty personProperty() {
        return person;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<Capacity> capacityProperty() {
        return capacity;
    }

    public StringProperty countryProperty() {
        return country;
    }

    public ObjectProperty<ParticipantRole> roleProperty() {
        return role;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<AttendanceStatus> statusProperty() {
        return status;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringBinding capacityErrorProperty() {
        return capacityError;
    }

    public StringBinding countryErrorProperty() {
        return countryError;
    }

    public StringBinding organisationErrorProperty() {
        return organisationError;
    }

    public StringBinding personErrorProperty() {
        return personError;
    }

    public StringBinding nobodyErrorProperty() {
        return nobodyError;
    }

    public BooleanBinding validProperty() {
        return valid;
    }
}
