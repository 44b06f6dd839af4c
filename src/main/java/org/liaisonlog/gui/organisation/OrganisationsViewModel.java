package org.liaisonlog.gui.organisation;

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
import org.liaisonlog.gui.RecordTableScreen;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.organisation.Organisation;

/** The organisations screen: the table's lines, the filter, and the commands new, open and delete. */
public final class OrganisationsViewModel implements RecordTableScreen.Model<OrganisationRowViewModel> {

    private final OrganisationService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<OrganisationRowViewModel> rows = FXCollections.observableArrayList();
    private final FilteredList<OrganisationRowViewModel> filteredRows = new FilteredList<>(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<OrganisationRowViewModel> lastSaved = new ReadOnlyObjectWrapper<>();
    private Consumer<OrganisationEditorViewModel> editorOpener = editor -> { };
    private Consumer<UUID> eventOpener = id -> { };
    private final UndoStack undo;

    public OrganisationsViewModel(OrganisationService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public OrganisationsViewModel(OrganisationService service, TaskExecutor executor, DialogService dialogs,
                                  Messages messages, UndoStack undo) {
        this.undo = undo;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    /** Where an opened editor goes: the view shows it in a window. */
    public void setEditorOpener(Consumer<OrganisationEditorViewModel> editorOpener) {
        this.editorOpener = editorOpener;
    }

    /** What opening an event from an organisation's attendance history does (the main window opens it). */
    public void setEventOpener(Consumer<UUID> eventOpener) {
        this.eventOpener = eventOpener;
    }

    @Override
    public void load() {
        load(null);
    }

    private void load(UUID saved) {
        loading.set(true);
        executor.run(service::list, list -> {
            java.util.Map<UUID, Organisation> byId = new java.util.HashMap<>();
            list.organisations().forEach(o -> byId.put(o.id(), o));
            rows.setAll(list.organisations().stream()
                    .map(o -> new OrganisationRowViewModel(o, byId, list, messages)).toList());
            loading.set(false);
            updateStatus();
            lastSaved.set(saved == null ? null
                    : rows.stream().filter(r -> r.id().equals(saved)).findFirst().orElse(null));
        }, this::failed);
    }

    @Override
    public void newRecord() {
        openEditor(Optional.empty());
    }

    /** Opens the organisation with this key in the editor (from the search screen); nothing when it is gone. */
    public void openById(UUID id) {
        executor.run(() -> service.find(id), found -> found.ifPresent(o -> openEditor(found)), this::failed);
    }

    @Override
    public void open(OrganisationRowViewModel row) {
        if (row != null) {
            executor.run(() -> service.find(row.id()), found -> {
                if (found.isPresent()) {
                    openEditor(found);
                } else {
                    dialogs.showError(messages.get("organisations.gone"), messages.get("organisations.goneDetail"));
                    load();
                }
            }, this::failed);
        }
    }

    private void openEditor(Optional<Organisation> organisation) {
        executor.run(service::editingData, data -> editorOpener.accept(new OrganisationEditorViewModel(
                organisation.orElse(null), data, service, executor, dialogs, messages, this::load, id -> eventOpener.accept(id))),
                this::failed);
    }

    /** Deletes an organisation after asking; refused, with the reason, while anything refers to it. */
    @Override
    public void delete(OrganisationRowViewModel row) {
        if (row == null) {
            return;
        }
        if (dialogs.confirm(messages.format("organisations.deleteQuestion", row.shortName()),
                messages.get("organisations.deleteDetail"), messages.get("action.delete"))) {
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
                ? messages.format("organisations.count", rows.size())
                : messages.format("organisations.countFiltered", filteredRows.size(), rows.size()));
    }

    @Override
    public ObservableList<OrganisationRowViewModel> rows() {
        return filteredRows;
    }

    @Override
    public ReadOnlyObjectProperty<OrganisationRowViewModel> lastSavedProperty() {
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
