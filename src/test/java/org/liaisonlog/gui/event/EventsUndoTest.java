package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.gui.util.UndoStack;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.example.ExampleCatalogue;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.persistence.H2Catalogue;

/** Undoing a deletion from the events screen, and the editor's history, without a screen. */
class EventsUndoTest {

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = new Messages(Locale.ENGLISH);
    private UndoStack undo;
    private EventsViewModel events;
    private EventEditorViewModel editor;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        ReferenceData.loadInto(catalogue);
        ExampleCatalogue.loadInto(catalogue);
        undo = new UndoStack(TaskExecutor.synchronous(), dialogs, messages);
        events = new EventsViewModel(new EventService(catalogue), TaskExecutor.synchronous(), dialogs, messages, undo);
        events.setEditorOpener(opened -> editor = opened);
        events.load();
        dialogs.answerConfirmations(true);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void nothingToUndoAtFirst() {
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo");
        assertThat(undo.noticeProperty().get()).isEmpty();
        undo.undo();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aDeletedEventComesBackWithItsParticipantsAndIsSelected() {
        EventRowViewModel row = events.rows().get(0);
        String title = row.titleProperty().get();

        events.delete(row);

        assertThat(events.rows()).isEmpty();
        assertThat(undo.canUndoProperty().get()).isTrue();
        assertThat(undo.undoTextProperty().get()).isEqualTo("Undo delete of event “" + title + "”");
        assertThat(undo.noticeProperty().get()).isEqualTo("Event “" + title + "” deleted");

        undo.undo();

        assertThat(events.rows()).hasSize(1);
        assertThat(events.rows().get(0).participantsProperty().get()).isEqualTo(27);
        assertThat(events.lastSavedProperty().get()).isSameAs(events.rows().get(0));
        assertThat(undo.canUndoProperty().get()).isFalse();
        assertThat(undo.noticeProperty().get()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aDeletionFromTheEditorCanBeUndoneTooAndTheEditorShowsTheHistory() {
        events.open(events.rows().get(0));
        editor.delete();
        assertThat(events.rows()).isEmpty();
        assertThat(undo.size()).isEqualTo(1);

        undo.undo();
        events.open(events.rows().get(0));

        assertThat(editor.history().entries()).extracting(e -> e.kind())
                .containsExactly(ChangeKind.RESTORE, ChangeKind.DELETE);
    }

    @Test
    void undoingTwiceGoesBackTwoDeletionsLastFirst() {
        events.delete(events.rows().get(0));
        assertThat(undo.size()).isEqualTo(1);
        undo.dismissNotice();
        assertThat(undo.noticeProperty().get()).isEmpty();
        assertThat(undo.canUndoProperty().get()).isTrue();
        undo.undo();
        assertThat(catalogue.events().count()).isEqualTo(1);
    }
}
