package org.liaisonlog.gui.person;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.organisation.OrganisationLookup;
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
public final class PersonEditorViewModel {

    private static final int SUGGESTIONS = 12;

    private final Person original;
    private final OrganisationLookup organisations;
    private final CountryIndex countries;
    private final PersonService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<UUID> onSaved;
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
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    private final BooleanProperty changed = new SimpleBooleanProperty(false);
    private Runnable closer = () -> { };
    private final HistoryViewModel changes;

    public PersonEditorViewModel(Person person, PersonService.EditingData data, PersonService service,
                                 TaskExecutor executor, DialogService dialogs, Messages messages,
                                 Consumer<UUID> onSaved, Consumer<UUID> eventOpener) {
        this.original = person;
        this.organisations = new OrganisationLookup(data.organisations());
        this.countries = data.countries();
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.onSaved = onSaved;
        this.changes = new HistoryViewModel(executor, person == null ? null : () -> service.changes(person.id()),
                code -> countries.name(code, messages.language()));
        changes.load();
        this.eventOpener = eventOpener;
        if (person != null) {
            fill(person);
            loadHistory();
        }
        for (Observable input : new Observable[] {name, otherSpellings, honorific, position, organisation, country,
            notes}) {
            input.addListener(o -> {
                changed.set(true);
                revalidate();
            });
        }
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
                error -> saveError.set(ErrorTexts.describe(error, messages)));
    }

    /** The person as they stand in the form. An unknown organisation or country counts as empty. */
    Person candidate() {
        RecordStamp stamp = original == null ? RecordStamp.fresh() : original.stamp();
        List<String> spellings = Arrays.stream(otherSpellings.get().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new Person(stamp, name.get().strip(), spellings, blankToNull(honorific.get()),
                blankToNull(position.get()), organisations.find(organisation.get()).map(Organisation::id).orElse(null),
                countries.find(country.get()).map(Country::code).orElse(null), blankToNull(notes.get()));
    }

    private void revalidate() {
        List<Problem<PersonField>> problems = PersonValidator.validate(candidate());
        nameError.set(problems.stream().filter(p -> p.field() == PersonField.NAME).findFirst()
                .map(p -> messages.get(p.messageKey())).orElse(null));
        boolean badOrganisation = !organisation.get().isBlank() && organisations.find(organisation.get()).isEmpty();
        organisationError.set(badOrganisation ? messages.get("validation.personUnknownOrganisation") : null);
        boolean badCountry = !country.get().isBlank() && countries.find(country.get()).isEmpty();
        countryError.set(badCountry ? messages.get("validation.unknownCountry") : null);
        valid.set(problems.isEmpty() && !badOrganisation && !badCountry);
    }

    /** Saves in the background; on success closes the editor and refreshes the table. */
    public void save() {
        if (!valid.get() || saving.get()) {
            return;
        }
        Person person = candidate();
        saving.set(true);
        saveError.set(null);
        java.util.function.Consumer<Throwable> failed = error -> {
            saving.set(false);
            saveError.set(messages.format("person.saveFailed", ErrorTexts.describe(error, messages)));
        };
        Runnable store = () -> executor.run(() -> service.save(person), saved -> {
            saving.set(false);
            changed.set(false);
            onSaved.accept(saved.id());
            closer.run();
        }, failed);
        if (original != null) {
            store.run();
            return;
        }
        // A new record: first offer a stored one whose name is a close spelling (issue "Duplicates").
        org.liaisonlog.gui.merge.DuplicateOffer.offer(executor, dialogs, messages, person.name(),
                () -> org.liaisonlog.logic.merge.NameMatcher.people(person.name(), service.list().people()), Person::name, existing -> {
                    saving.set(false);
                    changed.set(false);
                    onSaved.accept(existing.id());
                    closer.run();
                }, store, () -> saving.set(false), failed);
    }

    /** Closes the editor, asking first when something typed would be lost. */
    public void cancel() {
        if (!changed.get() || dialogs.confirm(messages.get("person.discardQuestion"),
                messages.get("person.discardDetail"), messages.get("action.discard"))) {
            closer.run();
        }
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

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public void setCloser(Runnable closer) {
        this.closer = closer;
    }

    public boolean isNew() {
        return original == null;
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
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty changedProperty() { return changed; }

    /** The record's change history (edits, not attendance), for the Changes tab. */
    public HistoryViewModel changes() {
        return changes;
    }
}
