package org.liaisonlog.gui.organisation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.person.HistoryRowViewModel;
import org.liaisonlog.gui.editor.EditorTexts;
import org.liaisonlog.gui.editor.RecordEditorViewModel;
import org.liaisonlog.gui.history.HistoryViewModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.CountryIndex;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.organisation.OrganisationField;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.organisation.OrganisationValidator;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;

/**
 * The organisation editor: a copy of the organisation as editable properties, validated as
 * typed, and its attendance history (with or without its sub-organisations). Save stores it in
 * the background and, if that fails, keeps everything as typed and says why.
 */
public final class OrganisationEditorViewModel extends RecordEditorViewModel<Organisation> {

    private static final int SUGGESTIONS = 12;

    private final OrganisationLookup organisations;
    private final Map<UUID, UUID> parents;
    private final CountryIndex countries;
    private final OrganisationService service;
    private final Consumer<UUID> eventOpener;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty nameRu = new SimpleStringProperty("");
    private final StringProperty acronym = new SimpleStringProperty("");
    private final StringProperty otherNames = new SimpleStringProperty("");
    private final ObjectProperty<OrganisationKind> kind = new SimpleObjectProperty<>(OrganisationKind.GOVERNMENT_BODY);
    private final StringProperty country = new SimpleStringProperty("");
    private final StringProperty parent = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final BooleanProperty includeSubOrganisations = new SimpleBooleanProperty(true);
    private final ObservableList<HistoryRowViewModel> history = FXCollections.observableArrayList();

    private final ReadOnlyStringWrapper nameError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper kindError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper countryError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper parentError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final HistoryViewModel changes;

    public OrganisationEditorViewModel(Organisation organisation, OrganisationService.EditingData data,
                                       OrganisationService service, TaskExecutor executor, DialogService dialogs,
                                       Messages messages, Consumer<UUID> onSaved, Consumer<UUID> eventOpener) {
        super(organisation, Organisation::id, executor, dialogs, messages, onSaved, new EditorTexts(
                "organisation.saveFailed", "organisation.discardQuestion", "organisation.discardDetail"));
        this.organisations = new OrganisationLookup(data.organisations());
        this.parents = OrganisationService.parents(data.organisations());
        this.countries = data.countries();
        this.service = service;
        this.changes = new HistoryViewModel(executor,
                organisation == null ? null : () -> service.changes(organisation.id()),
                code -> countries.name(code, messages.language()));
        changes.load();
        this.eventOpener = eventOpener;
        if (organisation != null) {
            fill(organisation);
            loadHistory();
        }
        includeSubOrganisations.addListener(o -> loadHistory());
        listenTo(name, nameRu, acronym, otherNames, kind, country, parent, notes);
        revalidate();
    }

    private void fill(Organisation o) {
        name.set(o.name());
        nameRu.set(nonNull(o.nameRu()));
        acronym.set(nonNull(o.acronym()));
        otherNames.set(String.join("\n", o.otherNames()));
        kind.set(o.kind());
        country.set(countries.byCode(o.countryCode()).map(c -> c.name(messages.language())).orElse(""));
        parent.set(organisations.displayName(o.parentId()));
        notes.set(nonNull(o.notes()));
    }

    /** Reads the history again, with or without the sub-organisations as the check box says. */
    private void loadHistory() {
        if (original == null) {
            return;
        }
        UUID id = original.id();
        boolean subtree = includeSubOrganisations.get();
        executor.run(() -> service.history(id, subtree), entries -> history.setAll(entries.stream()
                .map(e -> new HistoryRowViewModel(e, id, countries, messages)).toList()),
                error -> showError(ErrorTexts.describe(error, messages)));
    }

    /** The organisation as it stands in the form. Unknown countries and parents count as empty. */
    @Override
    protected Organisation candidate() {
        RecordStamp stamp = original == null ? RecordStamp.fresh() : original.stamp();
        List<String> names = Arrays.stream(otherNames.get().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        return new Organisation(stamp, name.get().strip(), blankToNull(nameRu.get()), blankToNull(acronym.get()),
                names, kind.get() == null ? OrganisationKind.OTHER : kind.get(),
                countries.find(country.get()).map(Country::code).orElse(null),
                organisations.find(parent.get()).map(Organisation::id).orElse(null), blankToNull(notes.get()));
    }

    @Override
    protected void revalidate() {
        List<Problem<OrganisationField>> problems = OrganisationValidator.validate(candidate(), parents);
        nameError.set(message(problems, OrganisationField.NAME));
        kindError.set(kind.get() == null ? messages.get("validation.organisationKindRequired") : null);
        boolean badParent = !parent.get().isBlank() && organisations.find(parent.get()).isEmpty();
        parentError.set(badParent ? messages.get("validation.organisationUnknownParent")
                : message(problems, OrganisationField.PARENT));
        boolean badCountry = !country.get().isBlank() && countries.find(country.get()).isEmpty();
        countryError.set(badCountry ? messages.get("validation.unknownCountry") : null);
        valid.set(problems.isEmpty() && kind.get() != null && !badParent && !badCountry);
    }

    private String message(List<Problem<OrganisationField>> problems, OrganisationField field) {
        return problems.stream().filter(p -> p.field() == field).findFirst()
                .map(p -> messages.get(p.messageKey())).orElse(null);
    }

    /** Stores in the background; a new record is first offered a stored one of a close spelling. */
    @Override
    protected void store(Organisation organisation, Consumer<UUID> saved, Consumer<Throwable> failed) {
        Runnable store = () -> executor.run(() -> service.save(organisation), stored -> saved.accept(stored.id()), failed);
        if (original != null) {
            store.run();
            return;
        }
        // A new record: first offer a stored one whose name is a close spelling (issue "Duplicates").
        org.liaisonlog.gui.merge.DuplicateOffer.offer(executor, dialogs, messages, organisation.name(),
                () -> org.liaisonlog.logic.merge.NameMatcher.organisations(organisation.name(),
                        service.editingData().organisations()), Organisation::displayName,
                existing -> saved.accept(existing.id()), store, this::savingGivenUp, failed);
    }

    /** Opens the event of a history line. */
    public void openEvent(HistoryRowViewModel row) {
        if (row != null) {
            eventOpener.accept(row.eventId());
        }
    }

    /** Organisations to offer as the parent: any but this one (a descendant is refused by validation). */
    public List<String> suggestParents(String text) {
        String self = original == null ? null : original.displayName();
        return organisations.suggest(text).stream().filter(n -> !n.equals(self)).toList();
    }

    public List<String> suggestCountries(String text) {
        return countries.suggest(text, SUGGESTIONS).stream().map(c -> c.name(messages.language())).toList();
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty nameRuProperty() { return nameRu; }
    public StringProperty acronymProperty() { return acronym; }
    public StringProperty otherNamesProperty() { return otherNames; }
    public ObjectProperty<OrganisationKind> kindProperty() { return kind; }
    public StringProperty countryProperty() { return country; }
    public StringProperty parentProperty() { return parent; }
    public StringProperty notesProperty() { return notes; }
    public BooleanProperty includeSubOrganisationsProperty() { return includeSubOrganisations; }
    public ObservableList<HistoryRowViewModel> history() { return history; }
    public ReadOnlyStringProperty nameErrorProperty() { return nameError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty kindErrorProperty() { return kindError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty countryErrorProperty() { return countryError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty parentErrorProperty() { return parentError.getReadOnlyProperty(); }
    @Override
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }

    /** The record's change history (edits, not attendance), for the Changes tab. */
    public HistoryViewModel changes() {
        return changes;
    }
}
