package org.liaisonlog.gui.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.persistence.CrashDisk;
import org.liaisonlog.persistence.CrashStorage;

/**
 * Saving an event when the disk is full: the editor says so plainly, keeps everything typed and
 * stays open; once space is freed, Save works from the same editor.
 */
class CrashDiskFullEditorTest {

    private static final String TYPED_TITLE = "Zqxwv Closed Meeting on Vortnik Routes";

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final AtomicInteger saved = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    @BeforeEach
    void open() {
        CrashDisk.install();
        catalogue = CrashStorage.open(folder);
        ReferenceData.loadInto(catalogue);
    }

    @AfterEach
    void close() {
        CrashDisk.fail(CrashDisk.Fault.NONE);
        catalogue.close();
        CrashDisk.uninstall();
    }

    @Test
    void aFullDiskKeepsTheFormAndSaysSoAndSavingWorksOnceSpaceIsFreed() {
        EventService service = new EventService(catalogue);
        EventEditorViewModel editor = new EventEditorViewModel(null, service.editingData(), service,
                TaskExecutor.synchronous(), new RecordingDialogs(), new Messages(Locale.ENGLISH),
                id -> saved.incrementAndGet());
        editor.setCloser(closed::incrementAndGet);
        editor.titleProperty().set(TYPED_TITLE);
        editor.cityProperty().set("Termez");

        CrashDisk.fail(CrashDisk.Fault.FULL);
        editor.save();

        assertThat(editor.saveErrorProperty().get()).isEqualTo("The event was not saved: The disk is full, so the"
                + " change was not saved; the catalogue is as it was before. Free some space, then try again."
                + " Everything you typed is still here.");
        assertThat(editor.titleProperty().get()).isEqualTo(TYPED_TITLE);
        assertThat(editor.cityProperty().get()).isEqualTo("Termez");
        assertThat(saved.get()).isZero();
        assertThat(closed.get()).isZero();

        CrashDisk.fail(CrashDisk.Fault.NONE);
        editor.save();

        assertThat(editor.saveErrorProperty().get()).isNull();
        assertThat(saved.get()).isEqualTo(1);
        assertThat(closed.get()).isEqualTo(1);
        assertThat(catalogue.events().findAllSummaries("en")).extracting(s -> s.title()).containsExactly(TYPED_TITLE);
    }
}
