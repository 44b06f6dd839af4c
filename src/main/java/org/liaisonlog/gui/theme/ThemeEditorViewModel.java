package org.liaisonlog.gui.theme;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.liaisonlog.gui.history.HistoryViewModel;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.event.Problem;
import org.liaisonlog.logic.theme.ThemeField;
import org.liaisonlog.logic.theme.ThemeService;
import org.liaisonlog.logic.theme.ThemeValidator;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.theme.Theme;

/**
 * The theme form: a copy of one theme (or a new one) as editable names and parent, validated as
 * typed; Save stores it in the background and, if that fails, keeps what was typed and says why.
 */
public final class ThemeEditorViewModel {

    private final Theme original;
    private final List<Theme> all;
    private final ThemeService service;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<UUID> onSaved;

    private final StringProperty nameEn = new SimpleStringProperty("");
    private final StringProperty nameRu = new SimpleStringProperty("");
    private final ObjectProperty<ParentChoice> parent = new SimpleObjectProperty<>();
    private final ObservableList<ParentChoice> parentChoices = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper nameEnError = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper parentError = new ReadOnlyStringWrapper();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper saveError = new ReadOnlyStringWrapper();
    private final HistoryViewModel history;

    /**
     * @param theme the theme to edit, or null for a new one under {@code newParentId}
     * @param nodes the whole tree as shown, to offer parents from
     */
    ThemeEditorViewModel(Theme theme, UUID newParentId, List<ThemeNodeViewModel> nodes, ThemeService service,
                         TaskExecutor executor, Messages messages, Consumer<UUID> onSaved) {
        this.original = theme;
        this.all = nodes.stream().map(ThemeNodeViewModel::theme).toList();
        this.service = service;
        this.executor = executor;
        this.messages = messages;
        this.onSaved = onSaved;
        this.history = new HistoryViewModel(executor, theme == null ? null : () -> service.changes(theme.id()));
        history.load();
        ParentChoice top = new ParentChoice(null, messages.get("theme.topLevel"));
        parentChoices.add(top);
        Set<UUID> excluded = theme == null ? Set.of() : ThemeValidator.subtree(all, theme.id());
        nodes.stream().filter(n -> !excluded.contains(n.id()))
                .map(n -> new ParentChoice(n.id(), "    ".repeat(n.depth()) + n.name()))
                .forEach(parentChoices::add);
        UUID parentId = theme == null ? newParentId : theme.parentId();
        parent.set(parentChoices.stream().filter(c -> Objects.equals(c.id(), parentId)).findFirst().orElse(top));
        if (theme != null) {
            nameEn.set(theme.nameEn());
            nameRu.set(theme.nameRu() == null ? "" : theme.nameRu());
        }
        nameEn.addListener(o -> revalidate());
        nameRu.addListener(o -> revalidate());
        parent.addListener(o -> revalidate());
        revalidate();
    }

    /** The theme as it stands in the form. */
    Theme candidate() {
        RecordStamp stamp = original == null ? RecordStamp.fresh() : original.stamp();
        ParentChoice chosen = parent.get();
        return new Theme(stamp, chosen == null ? null : chosen.id(), original == null ? null : original.refKey(),
                nameEn.get() == null ? "" : nameEn.get().strip(), nameRu.get() == null ? null : nameRu.get().strip(),
                original == null ? 0 : original.sortOrder());
    }

    private void revalidate() {
        List<Problem<ThemeField>> problems = ThemeValidator.validate(candidate(), all);
        nameEnError.set(message(problems, ThemeField.NAME_EN));
        parentError.set(message(problems, ThemeField.PARENT));
        valid.set(problems.isEmpty());
        saveError.set(null);
    }

    private String message(List<Problem<ThemeField>> problems, ThemeField field) {
        return problems.stream().filter(p -> p.field() == field).findFirst()
                .map(p -> messages.get(p.messageKey())).orElse(null);
    }

    /** Saves in the background; on success the tree is read again with the theme selected. */
    public void save() {
        if (!valid.get() || saving.get()) {
            return;
        }
        Theme theme = candidate();
        saving.set(true);
        saveError.set(null);
        executor.run(() -> service.save(theme), saved -> {
            saving.set(false);
            onSaved.accept(saved.id());
        }, error -> {
            saving.set(false);
            saveError.set(messages.format("theme.saveFailed", ErrorTexts.describe(error, messages)));
        });
    }

    /** The theme's change history, for the History tab; empty for a new theme. */
    public HistoryViewModel history() {
        return history;
    }

    public boolean isNew() {
        return original == null;
    }

    /** The theme being edited as it was read, or null for a new one. */
    public Theme original() {
        return original;
    }

    public StringProperty nameEnProperty() { return nameEn; }
    public StringProperty nameRuProperty() { return nameRu; }
    public ObjectProperty<ParentChoice> parentProperty() { return parent; }
    public ObservableList<ParentChoice> parentChoices() { return parentChoices; }
    public ReadOnlyStringProperty nameEnErrorProperty() { return nameEnError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty parentErrorProperty() { return parentError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty saveErrorProperty() { return saveError.getReadOnlyProperty(); }

    /** A parent the theme can be put under; a null id means the top level. */
    public record ParentChoice(UUID id, String label) {
        @Override
        public String toString() {
            return label;
        }
    }
}
