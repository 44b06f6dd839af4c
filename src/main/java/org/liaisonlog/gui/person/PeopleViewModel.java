package org.liaisonlog.gui.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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
import org.liaisonlog.gui.RecordTableScreen;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.person.PersonService.PersonList;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.person.Person;

/** The people screen: the table's lines, the filter, and the commands new, open and delete. */
public final class PeopleViewModel implements RecordTableScreen.Model<PersonRowViewModel> {

    /** How many lines are shown first while everybody is read (more than a screenful). */
    static final int FIRST_LINES = 200;

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
    /** Counts the loads begun, so that a late answer to an older one is not shown. */
    private int loads;

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

    @Override
    public void load() {
        load(null);
    }

    private void load(UUID saved) {
        int load = ++loads;
        loading.set(true);
        String language = messages.language();
        // Opened for the first time: a screenful by name at once, then everybody (at 50 000 people
        // over a second). The lines are made in the background as well. A reload keeps the lines
        // shown until the new ones are there.
        AtomicReference<List<PersonRowViewModel>> shownFirst = new AtomicReference<>(List.of());
        if (rows.isEmpty()) {
            executor.run(() -> {
                shownFirst.set(lines(service.first(FIRST_LINES), language, List.of()));
                return shownFirst.get();
            }, first -> {
                if (load == loads && loading.get() && rows.isEmpty()) {
                    rows.setAll(first);
                    updateStatus();
                    if (first.size() == FIRST_LINES && filteredRows.size() == rows.size()) {
                        status.set(messages.format("people.countFirst", first.size()));
                    }
                }
            }, error -> { }); // reading everybody below fails the same way, and says so
        }
        executor.run(() -> lines(service.list(), language, shownFirst.get()), all -> {
            if (load != loads) {
                return;
            }
            rows.setAll(all);
            loading.set(false);
            updateStatus();
            lastSaved.set(saved == null ? null
                    : rows.stream().filter(r -> r.id().equals(saved)).findFirst().orElse(null));
        }, this::failed);
    }

    /**
     * The table's lines; a line of {@code shown} is kept (the same object, so that a selection
     * made meanwhile stays) when its person is unchanged.
     */
    private static List<PersonRowViewModel> lines(PersonList list, String language, List<PersonRowViewModel> shown) {
        Map<UUID, PersonRowViewModel> keep = new HashMap<>();
        shown.forEach(line -> keep.put(line.id(), line));
        return list.people().stream().map(p -> {
            PersonRowViewModel line = keep.get(p.id());
            return line != null && line.version() == p.stamp().version() ? line
                    : new PersonRowViewModel(p, list, language);
        }).toList();
    }

    @Override
    public void newRecord() {
        openEditor(Optional.empty());
    }

    /** Opens the person with this key in the editor (from the search screen); nothing when they are gone. */
    public void openById(UUID id) {
        executor.run(() -> service.find(id), found -> found.ifPresent(p -> openEditor(found)), this::failed);
    }

    @Override
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
    @Override
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

    @Override
    public ObservableList<PersonRowViewModel> rows() {
        return filteredRows;
    }

    @Override
    public ReadOnlyObjectProperty<PersonRowViewModel> lastSavedProperty() {
        return lastSaved.getReadOnlyProperty();
    }

    @Override
    public StringProperty filterProperty() {
        return filter;
    }

    @Override
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
