package org.liaisonlog.gui.person;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.organisation.OrganisationLookup;
import org.liaisonlog.gui.editor.EditorTexts;
import org.liaisonlog.gui.editor.RecordEditorViewModel;
import org.liaisonlog.gui.history.HistoryViewModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.person.PersonField;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.person.PersonValidator;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * The person editor: a copy of the person as editable properties, validated as typed, and their
 * attendance history. Save stores them in the background and, if that fails, keeps everything as
 * typed and says why.
 */
public final class PersonEditorViewModel extends RecordEditorViewModel<Person> {

    private static final int SUGGESTIONS = 12;

    private final OrganisationLookup organisations;
    private final CountryIndex countries;
    private final PersonService service;
    private final Consumer<UUID> eventOpener;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty otherSpellings = new SimpleStringProperty("");
    private final StringProperty honorific = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<HistoryRowViewModel> history = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper organisationError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper countryError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final HistoryViewModel changes;

    public PersonEditorViewModel(Person person, PersonService.EditingData data, PersonService service,
                                 TaskExecutor executor, DialogService dialogs, Messages messages,
                                 Consumer<UUID> onSaved, Consumer<UUID> eventOpener) {
        super(person, Person::id, executor, dialogs, messages, onSaved,
                new EditorTexts("person.saveFailed", "person.discardQuestion", "person.discardDetail"));
        this.organisations = new OrganisationLookup(data.organisations());
        this.countries = data.countries();
        this.service = service;
        this.changes = new HistoryViewModel(executor, person == null ? null : () -> service.changes(person.id()),
                code -> countries.name(code, messages.language()));
        changes.load();
        this.eventOpener = eventOpener;
        if (person != null) {
            fill(person);
            loadHistory();
        }
        listenTo(name, otherSpellings, honorific, position, organisation, country, notes);
        revalidate();
    }

    private void fill(Person person) {
        name.set(person.name());
        otherSpellings.set(String.join("\n", person.otherSpellings()));
        honorific.set(nonNull(person.honorific()));
        position.set(nonNull(person.position()));
        organisation.set(organisations.displayName(person.organisationId()));
        country.set(countries.byCode(person.countryCode()).map(c -> c.name(messages.language())).orElse(""));
        notes.set(nonNull(person.notes()));
    }

    private void loadHistory() {
        UUID id = original.id();
        executor.run(() -> service.history(id), entries -> history.setAll(entries.stream()
                .map(e -> new HistoryRowViewModel(e, null, countries, messages)).toList()),
                error -> showError(ErrorTexts.describe(error, messages)));
    }

    /** The person as they stand in the form. An unknown organisation or country counts as empty. */
    @Override
    protected Person candidate() {
        RecordStamp stamp = original == null ? RecordStamp.fresh() : original.stamp();
        List<String> spellings = Arrays.stream(otherSpellings.get().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new Person(stamp, name.get().strip(), spellings, blankToNull(honorific.get()),
                blankToNull(position.get()), organisations.find(organisation.get()).map(Organisation::id).orElse(null),
                countries.find(country.get()).map(Country::code).orElse(null), blankToNull(notes.get()));
    }

    @Override
    protected void revalidate() {
        List<Problem<PersonField>> problems = PersonValidator.validate(candidate());
        nameError.set(problems.stream().filter(p -> p.field() == PersonField.NAME).findFirst()
                .map(p -> messages.get(p.messageKey())).orElse(null));
        boolean badOrganisation = !organisation.get().isBlank() && organisations.find(organisation.get()).isEmpty();
        organisationError.set(badOrganisation ? messages.get("validation.personUnknownOrganisation") : null);
        boolean badCountry = !country.get().isBlank() && countries.find(country.get()).isEmpty();
        countryError.set(badCountry ? messages.get("validation.unknownCountry") : null);
        valid.set(problems.isEmpty() && !badOrganisation && !badCountry);
    }

    /** Stores in the background; a new person is first offered a stored one of a close spelling. */
    @Override
    protected void store(Person person, Consumer<UUID> saved, Consumer<Throwable> failed) {
        Runnable store = () -> executor.run(() -> service.save(person), stored -> saved.accept(stored.id()), failed);
        if (original != null) {
            store.run();
            return;
        }
        // A new record: first offer a stored one whose name is a close spelling (issue "Duplicates").
        org.liaisonlog.gui.merge.DuplicateOffer.offer(executor, dialogs, messages, person.name(),
                () -> org.liaisonlog.logic.merge.NameMatcher.people(person.name(), service.list().people()),
                Person::name, existing -> saved.accept(existing.id()), store, this::savingGivenUp, failed);
    }

    /** Opens the event of a history line. */
    public void openEvent(HistoryRowViewModel row) {
        if (row != null) {
            eventOpener.accept(row.eventId());
        }
    }

    public List<String> suggestOrganisations(String text) {
        return organisations.suggest(text);
    }

    public List<String> suggestCountries(String text) {
        return countries.suggest(text, SUGGESTIONS).stream().map(c -> c.name(messages.language())).toList();
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty otherSpellingsProperty() { return otherSpellings; }
    public StringProperty honorificProperty() { return honorific; }
    public StringProperty positionProperty() { return position; }
    public StringProperty organisationProperty() { return organisation; }
    public StringProperty countryProperty() { return country; }
    public StringProperty notesProperty() { return notes; }
    public ObservableList<HistoryRowViewModel> history() { return history; }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty organisationErrorProperty() { return organisationError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countryErrorProperty() { return countryError.getReadOnlyProperty(); }
    @Override
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** The record's change history (edits, not attendance), for the Changes tab. */
    public HistoryViewModel changes() {
        return changes;
    }
}
