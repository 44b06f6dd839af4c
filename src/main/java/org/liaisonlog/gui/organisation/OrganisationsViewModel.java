package org.liaisonlog.gui.organisation;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.organisation.Organisation;

/** The organisations screen: the table's lines, the filter, and the commands new, open and delete. */
public final class OrganisationsViewModel extends RecordTableModel<OrganisationRowViewModel, Organisation> {

    private final OrganisationService service;
    private Consumer<OrganisationEditorViewModel> editorOpener = editor -> { };
    private Consumer<UUID> eventOpener = id -> { };

    public OrganisationsViewModel(OrganisationService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public OrganisationsViewModel(OrganisationService service, TaskExecutor executor, DialogService dialogs,
                                  Messages messages, UndoStack undo) {
        super("organisations", executor, dialogs, messages, undo);
        this.service = service;
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
    protected void load(UUID saved) {
        setLoading(true);
        executor.run(service::list, list -> {
            Map<UUID, Organisation> byId = new HashMap<>();
            list.organisations().forEach(o -> byId.put(o.id(), o));
            show(list.organisations().stream().map(o -> new OrganisationRowViewModel(o, byId, list, messages)).toList(),
                    saved);
        }, this::failed);
    }

    @Override
    protected Optional<Organisation> find(UUID id) {
        return service.find(id);
    }

    @Override
    protected void openEditor(Organisation organisation) {
        executor.run(service::editingData, data -> editorOpener.accept(new OrganisationEditorViewModel(
                organisation, data, service, executor, dialogs, messages, this::load, id -> eventOpener.accept(id))),
                this::failed);
    }

    @Override
    protected String describe(OrganisationRowViewModel line) {
        return line.shortName();
    }

    @Override
    protected Optional<Deleted> deleteNow(OrganisationRowViewModel line) {
        return Optional.of(service.delete(line.id(), line.version()));
    }
}
