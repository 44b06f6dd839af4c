package org.liaisonlog.gui.person;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.liaisonlog.gui.RecordTableModel;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.person.PersonService.PersonList;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.person.Person;

/** The people screen: the table's lines, the filter, and the commands new, open and delete. */
public final class PeopleViewModel extends RecordTableModel<PersonRowViewModel, Person> {

    /** How many lines are shown first while everybody is read (more than a screenful). */
    static final int FIRST_LINES = 200;

    private final PersonService service;
    private Consumer<PersonEditorViewModel> editorOpener = editor -> { };
    private Consumer<UUID> eventOpener = id -> { };
    /** Counts the loads begun, so that a late answer to an older one is not shown. */
    private int loads;

    public PeopleViewModel(PersonService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public PeopleViewModel(PersonService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                           UndoStack undo) {
        super("people", executor, dialogs, messages, undo);
        this.service = service;
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
    protected void load(UUID saved) {
        int load = ++loads;
        setLoading(true);
        String language = messages.language();
        // Opened for the first time: a screenful by name at once, then everybody (at 50 000 people
        // over a second). The lines are made in the background as well. A reload keeps the lines
        // shown until the new ones are there.
        AtomicReference<List<PersonRowViewModel>> shownFirst = new AtomicReference<>(List.of());
        if (allLines().isEmpty()) {
            executor.run(() -> {
                shownFirst.set(lines(service.first(FIRST_LINES), language, List.of()));
                return shownFirst.get();
            }, first -> {
                if (load == loads && isLoading() && allLines().isEmpty()) {
                    showMeanwhile(first);
                    if (first.size() == FIRST_LINES && rows().size() == allLines().size()) {
                        setStatus(messages.format("people.countFirst", first.size()));
                    }
                }
            }, error -> { }); // reading everybody below fails the same way, and says so
        }
        executor.run(() -> lines(service.list(), language, shownFirst.get()), all -> {
            if (load == loads) {
                show(all, saved);
            }
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
    protected Optional<Person> find(UUID id) {
        return service.find(id);
    }

    @Override
    protected void openEditor(Person person) {
        executor.run(service::editingData, data -> editorOpener.accept(new PersonEditorViewModel(
                person, data, service, executor, dialogs, messages, this::load, id -> eventOpener.accept(id))),
                this::failed);
    }

    @Override
    protected String describe(PersonRowViewModel line) {
        return line.nameProperty().get();
    }

    @Override
    protected Optional<Deleted> deleteNow(PersonRowViewModel line) {
        return Optional.of(service.delete(line.id(), line.version()));
    }
}
