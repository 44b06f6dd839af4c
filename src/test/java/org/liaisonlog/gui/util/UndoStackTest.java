package org.liaisonlog.gui.util;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.history.RecordType;

class UndoStackTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final UndoStack undo = new UndoStack(TaskExecutor.synchronous(), dialogs, new Messages(Locale.ENGLISH));
    private final List<String> restored = new ArrayList<>();

    @Test
    void theLastDeletionIsUndoneFirstAndTheMenuSaysWhich() {
        undo.push(deleted(RecordType.TRIP, "Trip to Almaty"), () -> restored.add("trip"));
        undo.push(deleted(RecordType.THEME, "Cybercrime"), () -> restored.add("theme"));
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo delete of theme “Cybercrime”");
        assertThat(undo.noticeProperty().get()).isEqualTo("Theme “Cybercrime” deleted");

        undo.undo();
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo delete of trip “Trip to Almaty”");
        assertThat(undo.noticeProperty().get()).isEmpty();
        undo.undo();

        assertThat(restored).containsExactly("Cybercrime", "theme", "Trip to Almaty", "trip");
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo");
    }

    @Test
    void aRestoreThatFailsIsReportedAndDropped() {
        undo.push(new Deleted(RecordType.PERSON, UUID.randomUUID(), "Ivan Petrov", () -> {
            throw new CatalogueException("error.staleRecord", "gone");
        }), () -> restored.add("person"));

        undo.undo();

        assertThat(restored).isEmpty();
        assertThat(dialogs.errors()).singleElement().asString().startsWith("The deletion could not be undone");
        assertThat(undo.canUndoProperty().get()).isFalse();
    }

    private Deleted deleted(RecordType type, String label) {
        return new Deleted(type, UUID.randomUUID(), label, () -> restored.add(label));
    }
}
