package org.liaisonlog.gui.person;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.person.Person;

/** The people screen: the table's lines, the filter, and the commands new, open and delete. */
public final class PeopleViewModel {

    private final PersonService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<PersonRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<PersonRowViewModel> filteredRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PersonRowViewModel> lastSaved = new ReadOnlyObjectWrapper<>();
    private Consumer<PersonEditorViewModel> editorOpener = editor -> { };
    private Consumer<UUID> eventOpener = id -> { };
    private final UndoStack undo;

    public PeopleViewModel(PersonService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public PeopleViewModel(PersonService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                           UndoStack undo) {
        this.undo = undo;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    /** Where an opened editor goes: the view shows it in a window. */
    public void setEditorOpener(Consumer<PersonEditorViewModel> editorOpener) {
        this.editorOpener = editorOpener;
    }

    /** What opening an event from a person's attendance history does (the main window opens it). */
    public void setEventOpener(Consumer<UUID> eventOpener) {
        this.eventOpener = eventOpener;
    }

    public void load() {
        load(null);
    }

    private void load(UUID saved) {
        loading.set(true);
        String language = messages.language();
        executor.run(service::list, list -> {
            rows.setAll(list.people().stream().map(p -> new PersonRowViewModel(p, list, language)).toList());
            loading.set(false);
            updateStatus();
            lastSaved.set(saved == null ? null
                    : rows.stream().filter(r -> r.id().equals(saved)).findFirst().orElse(null));
        }, this::failed);
    }

    public void newPerson() {
        openEditor(Optional.empty());
    }

    /** Opens the person with this key in the editor (from the search screen); nothing when they are gone. */
    public void openById(UUID id) {
        executor.run(() -> service.find(id), found -> found.ifPresent(p -> openEditor(found)), this::failed);
    }

    public void open(PersonRowViewModel row) {
        if (row != null) {
            executor.run(() -> service.find(row.id()), found -> {
                if (found.isPresent()) {
                    openEditor(found);
                } else {
                    dialogs.showError(messages.get("people.gone"), messages.get("people.goneDetail"));
                    load();
                }
            }, this::failed);
        }
    }

    private void openEditor(Optional<Person> person) {
        executor.run(service::editingData, data -> editorOpener.accept(new PersonEditorViewModel(
                person.orElse(null), data, service, executor, dialogs, messages, this::load, id -> eventOpener.accept(id))),
                this::failed);
    }

    /** Deletes a person after asking; refused, with the reason, while attendance or a trip names them. */
    public void delete(PersonRowViewModel row) {
        if (row == null) {
            return;
        }
        if (dialogs.confirm(messages.format("people.deleteQuestion", row.nameProperty().get()),
                messages.get("people.deleteDetail"), messages.get("action.delete"))) {
            executor.run(() -> service.delete(row.id(), row.version()), deleted -> {
                undo.push(deleted, () -> load(deleted.recordId()));
                load();
            }, error -> {
                failed(error);
                load();
            });
        }
    }

    private void failed(Throwable error) {
        loading.set(false);
        dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
    }

    private void applyFilter() {
        String[] words = Names.key(filter.get()).split(" ");
        boolean empty = words.length == 1 && words[0].isEmpty();
        filteredRows.setPredicate(empty ? null : row -> row.matches(words));
        updateStatus();
    }

    private void updateStatus() {
        status.set(filteredRows.size() == rows.size()
                ? messages.format("people.count", rows.size())
                : messages.format("people.countFiltered", filteredRows.size(), rows.size()));
    }

    public ObservableList<PersonRowViewModel> rows() {
        return filteredRows;
    }

    public ReadOnlyObjectProperty<PersonRowViewModel> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    public StringProperty filterProperty() {
        return filter;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
