package org.liaisonlog.logic.history;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;

/**
 * Collects the fields that differ between a record as stored before a change and as saved:
 * one {@link FieldChange} a field, values as short texts. Pure: no database, no JavaFX.
 */
public final class Differences {

    /** Values longer than this are cut, with an ellipsis: the history is a summary. */
    static final int MAX_LENGTH = 80;

    private final List<FieldChange> changes = new ArrayList<>();

    /** A value field: written when the texts of {@code before} and {@code after} differ. */
    public Differences field(String name, Object before, Object after) {
        String was = text(before);
        String now = text(after);
        if (!was.equals(now)) {
            changes.add(new FieldChange(name, was, now));
        }
        return this;
    }

    /** A list shown by its size ("3" → "4"); written when the lists differ, even at the same size. */
    public Differences count(String name, Collection<?> before, Collection<?> after) {
        if (!Objects.equals(List.copyOf(before), List.copyOf(after))) {
            changes.add(new FieldChange(name, String.valueOf(before.size()), String.valueOf(after.size())));
        }
        return this;
    }

    /** A list of names shown joined ("a, b" → "a, b, c"). */
    public Differences names(String name, Collection<String> before, Collection<String> after) {
        return field(name, String.join(", ", before), String.join(", ", after));
    }

    public List<FieldChange> build() {
        return List.copyOf(changes);
    }

    /** A value as the history shows it: empty for null, enum constants by name, long texts cut. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String text = (value instanceof Enum<?> e ? e.name() : value.toString()).strip();
        return text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH - 1) + "…" : text;
    }
}
