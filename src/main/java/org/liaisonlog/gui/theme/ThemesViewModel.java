package org.liaisonlog.gui.theme;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
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
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.logic.theme.ThemeService;
import org.liaisonlog.logic.theme.ThemeValidator;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.theme.Theme;

/**
 * The themes screen: the tree with event counts, its filter, the form of the selected theme,
 * the events carrying it, and the commands add, delete and merge.
 */
public final class ThemesViewModel {

    private final ThemeService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final UndoStack undo;
    private final List<ThemeNodeViewModel> nodes = new ArrayList<>();
    private final ObservableList<ThemeNodeViewModel> visibleNodes = FXCollections.observableArrayList();
    // One wrapper, kept: it listens to the list weakly, so a fresh one per call could be collected with its listeners.
    private final ObservableList<ThemeNodeViewModel> visibleNodesView =
            FXCollections.unmodifiableObservableList(visibleNodes);
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<ThemeNodeViewModel> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ThemeEditorViewModel> editor = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ThemeEventRowViewModel> events = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Consumer<UUID> eventOpener = id -> { };
    private Function<List<ThemeNodeViewModel>, Optional<ThemeNodeViewModel>> mergeTargetChooser = c -> Optional.empty();

    public ThemesViewModel(ThemeService service, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this(service, executor, dialogs, messages, new UndoStack(executor, dialogs, messages));
    }

    /** With the session's undo stack, where deletions go. */
    public ThemesViewModel(ThemeService service, TaskExecutor executor, DialogService dialogs, Messages messages,
                           UndoStack undo) {
        this.undo = undo;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        filter.addListener((obs, old, text) -> applyFilter());
    }

    /** What opening an event in the list does (the main window shows it in the event editor). */
    public void setEventOpener(Consumer<UUID> eventOpener) {
        this.eventOpener = eventOpener;
    }

    /** How the target of a merge is chosen among the candidates; the view shows a dialog. */
    public void setMergeTargetChooser(Function<List<ThemeNodeViewModel>, Optional<ThemeNodeViewModel>> chooser) {
        this.mergeTargetChooser = chooser;
    }

    /** Reads the tree again, keeping the selected theme selected. */
    public void load() {
        ThemeNodeViewModel current = selected.get();
        load(current == null ? null : current.id());
    }

    private void load(UUID select) {
        loading.set(true);
        String language = messages.language();
        executor.run(service::overview, overview -> {
            Map<UUID, Integer> depths = new HashMap<>();
            nodes.clear();
            for (Theme theme : overview.themes()) {
                int depth = theme.parentId() == null ? 0 : depths.getOrDefault(theme.parentId(), -1) + 1;
                depths.put(theme.id(), depth);
                nodes.add(new ThemeNodeViewModel(theme, language, overview.count(theme.id()), depth));
            }
            loading.set(false);
            applyFilter();
            select(select == null ? null : node(select).orElse(null));
        }, this::failed);
    }

    /** Shows the theme with this key in the tree and its form (from the search screen), the filter cleared. */
    public void openById(UUID id) {
        filter.set("");
        load(id);
    }

    /** Shows the theme's form and the events carrying it; null clears the form. */
    public void select(ThemeNodeViewModel node) {
        if (node != null && selected.get() == node && editor.get() != null) {
            return;
        }
        selected.set(node);
        events.clear();
        editor.set(node == null ? null : newEditor(node.theme(), null));
        if (node != null) {
            String language = messages.language();
            executor.run(() -> service.eventsWithTheme(node.id(), language), list -> {
                if (selected.get() == node) {
                    events.setAll(list.stream().map(e -> ThemeEventRowViewModel.of(e, messages.locale())).toList());
                }
            }, this::failed);
        }
    }

    /** Starts a new top-level theme in the form. */
    public void newTheme() {
        startNew(null);
    }

    /** Starts a new theme under the selected one. */
    public void addSubTheme() {
        ThemeNodeViewModel parent = selected.get();
        if (parent != null) {
            startNew(parent.id());
        }
    }

    private void startNew(UUID parentId) {
        selected.set(null);
        events.clear();
        editor.set(newEditor(null, parentId));
    }

    private ThemeEditorViewModel newEditor(Theme theme, UUID parentId) {
        return new ThemeEditorViewModel(theme, parentId, nodes, service, executor, messages, this::load);
    }

    /** Deletes the selected theme after asking; a theme in use is refused with the reason. */
    public void delete() {
        ThemeNodeViewModel node = selected.get();
        if (node == null || !dialogs.confirm(messages.format("theme.deleteQuestion", node.name()),
                messages.get("theme.deleteDetail"), messages.get("action.delete"))) {
            return;
        }
        executor.run(() -> service.delete(node.id(), node.theme().stamp().version()), deleted -> {
            undo.push(deleted, () -> load(deleted.recordId()));
            selected.set(null);
            load(node.parentId());
        }, error -> dialogs.showError(messages.format("theme.deleteRefused", node.name()),
                ErrorTexts.describe(error, messages)));
    }

    /** Merges the selected theme into one the user chooses, after asking. */
    public void merge() {
        ThemeNodeViewModel from = selected.get();
        if (from == null) {
            return;
        }
        Set<UUID> inside = new HashSet<>(ThemeValidator.subtree(nodes.stream().map(ThemeNodeViewModel::theme).toList(),
                from.id()));
        List<ThemeNodeViewModel> candidates = nodes.stream().filter(n -> !inside.contains(n.id())).toList();
        Optional<ThemeNodeViewModel> target = mergeTargetChooser.apply(candidates);
        if (target.isEmpty() || !dialogs.confirm(messages.format("theme.mergeQuestion", from.name(), target.get().name()),
                messages.format("theme.mergeDetail", from.name(), target.get().name()),
                messages.get("theme.mergeAction"))) {
            return;
        }
        UUID into = target.get().id();
        executor.run(() -> {
            service.merge(from.id(), into);
            return null;
        }, ignored -> {
            selected.set(null);
            load(into);
        }, this::failed);
    }

    /** Opens an event of the list in the event editor. */
    public void openEvent(ThemeEventRowViewModel row) {
        if (row != null) {
            eventOpener.accept(row.id());
        }
    }

    private Optional<ThemeNodeViewModel> node(UUID id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    private void failed(Throwable error) {
        loading.set(false);
        dialogs.showError(messages.get("error.title"), ErrorTexts.describe(error, messages));
    }

    /** Keeps the themes that match every word, and the themes above them. */
    private void applyFilter() {
        String[] words = Names.key(filter.get()).split(" ");
        boolean empty = words.length == 1 && words[0].isEmpty();
        Set<UUID> kept = new HashSet<>();
        if (!empty) {
            Map<UUID, ThemeNodeViewModel> byId = new HashMap<>();
            nodes.forEach(n -> byId.put(n.id(), n));
            for (ThemeNodeViewModel n : nodes) {
                if (n.matches(words)) {
                    for (ThemeNodeViewModel up = n; up != null && kept.add(up.id()); up = byId.get(up.parentId())) {
                        // every ancestor up to the top is kept
                    }
                }
            }
        }
        visibleNodes.setAll(empty ? nodes : nodes.stream().filter(n -> kept.contains(n.id())).toList());
        status.set(empty ? messages.format("themes.count", nodes.size())
                : messages.format("themes.countFiltered", visibleNodes.size(), nodes.size()));
    }

    /** The themes the filter lets through, in tree order (parents before children). */
    public ObservableList<ThemeNodeViewModel> visibleNodes() {
        return visibleNodesView;
    }

    public boolean filtering() {
        return !filter.get().isBlank();
    }

    public StringProperty filterProperty() { return filter; }
    public ReadOnlyObjectProperty<ThemeNodeViewModel> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<ThemeEditorViewModel> editorProperty() { return editor.getReadOnlyProperty(); }
    public ObservableList<ThemeEventRowViewModel> events() { return events; }
    public ReadOnlyBooleanProperty loadingProperty() { return loading.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
}
