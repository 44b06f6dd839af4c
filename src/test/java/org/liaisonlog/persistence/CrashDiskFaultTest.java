package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.util.Failures;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.history.ChangeEntry;

/**
 * A disk that refuses a save: full (ENOSPC) or read-only (EROFS), simulated under H2 by
 * {@link CrashDisk}. The save fails with our plain message, nothing of it reaches the file, every
 * earlier save is there, and once the disk takes writes again the same open catalogue goes on
 * saving (H2 closed the database on the failed write; the pool's next connection opens it again).
 */
class CrashDiskFaultTest {

    /** A value that must never appear in a message. */
    private static final String SECRET_TITLE = "Zqxwv Closed Meeting on Vortnik Routes";

    @TempDir
    Path temp;

    @BeforeEach
    void install() {
        CrashDisk.install();
    }

    @AfterEach
    void uninstall() {
        CrashDisk.uninstall();
    }

    @ParameterizedTest(name = "encrypted: {0}")
    @ValueSource(booleans = {false, true})
    void aSaveOnAFullDiskFailsPlainlyAndTheCatalogueStaysAsItWas(boolean encrypted) {
        FileKey key = encrypted ? key() : null;
        Path folder = temp.resolve("catalogue");
        Event before;
        Event after;
        try (Catalogue catalogue = CrashStorage.open(folder, key)) {
            Fixtures fixtures = Fixtures.seed(catalogue);
            EventService events = new EventService(catalogue);
            before = events.save(fixtures.conference(), List.of(), List.of());

            CrashDisk.fail(CrashDisk.Fault.FULL);
            CatalogueException refused = catchThrowableOfType(
                    () -> events.save(Fixtures.yearOnly(SECRET_TITLE, 2024, "Termez"), List.of(), List.of()),
                    CatalogueException.class);
            assertThat(CrashDisk.FAILED_WRITES.get()).as("the disk refused a write").isPositive();
            assertThat(refused.messageKey()).isEqualTo("error.diskFull");
            assertThat(refused.getMessage()).isEqualTo("The disk is full; the change was not saved");
            assertThat(Failures.describe(refused)).doesNotContain(SECRET_TITLE)
                    .startsWith("CatalogueException(error.diskFull)");

            // while the disk stays full, every save says the same and changes nothing
            CatalogueException again = catchThrowableOfType(
                    () -> events.save(Fixtures.yearOnly("Tried again", 2024, "Termez"), List.of(), List.of()),
                    CatalogueException.class);
            assertThat(again.messageKey()).isEqualTo("error.diskFull");

            // space freed: the same open catalogue goes on, without the refused save
            CrashDisk.fail(CrashDisk.Fault.NONE);
            assertThat(catalogue.events().findAllSummaries("en")).extracting(s -> s.title())
                    .containsExactly(before.title());
            after = events.save(Fixtures.yearOnly("Saved once space was freed", 2024, "Bukhara"), List.of(), List.of());
        }
        CrashDisk.uninstall();

        try (H2Catalogue reopened = key == null ? H2Catalogue.open(folder) : H2Catalogue.open(folder, key)) {
            assertThat(reopened.events().findAllSummaries("en")).extracting(s -> s.title())
                    .containsExactlyInAnyOrder(before.title(), after.title());
            assertThat(reopened.events().findById(before.id())).contains(before);
            assertThat(reopened.events().findById(after.id())).contains(after);
            assertThat(reopened.history().recent(100)).extracting(ChangeEntry::label)
                    .containsExactlyInAnyOrder(before.title(), after.title());
        }
    }

    @Test
    void aCommitIsInTheFileWhenTheSaveReturns() {
        try (Catalogue catalogue = CrashStorage.open(temp.resolve("catalogue"))) {
            Fixtures fixtures = Fixtures.seed(catalogue);
            EventService events = new EventService(catalogue);
            int writes = CrashDisk.WRITES.get();
            int forces = CrashDisk.FORCES.get();
            events.save(fixtures.conference(), List.of(), List.of());
            // WRITE_DELAY=0: the commit was written to the file (the OS's cache) before save returned
            assertThat(CrashDisk.WRITES.get()).isGreaterThan(writes);
            System.out.printf("one event saved: %d writes to the file, %d flushes to the disk (fsync)%n",
                    CrashDisk.WRITES.get() - writes, CrashDisk.FORCES.get() - forces);
        }
    }

    @Test
    void aSaveIntoAFolderThatTurnedReadOnlyFailsPlainly() {
        Path folder = temp.resolve("catalogue");
        Event before;
        try (Catalogue catalogue = CrashStorage.open(folder)) {
            Fixtures fixtures = Fixtures.seed(catalogue);
            EventService events = new EventService(catalogue);
            before = events.save(fixtures.conference(), List.of(), List.of());

            CrashDisk.fail(CrashDisk.Fault.READ_ONLY);
            CatalogueException refused = catchThrowableOfType(
                    () -> events.save(Fixtures.yearOnly(SECRET_TITLE, 2024, "Termez"), List.of(), List.of()),
                    CatalogueException.class);
            assertThat(refused.messageKey()).isEqualTo("error.catalogueReadOnly");
            assertThat(refused.getMessage()).doesNotContain(SECRET_TITLE);
            CrashDisk.fail(CrashDisk.Fault.NONE);
        }
        CrashDisk.uninstall();
        try (H2Catalogue reopened = H2Catalogue.open(folder)) {
            assertThat(reopened.events().findAllSummaries("en")).extracting(s -> s.title())
                    .containsExactly(before.title());
            assertThat(reopened.events().findById(before.id())).contains(before);
        }
    }

    @Test
    void aCatalogueOpenedFromAReadOnlyFolderIsReadButRefusesSavesPlainly() throws Exception {
        Path folder = temp.resolve("catalogue");
        Event before;
        try (Catalogue catalogue = CrashStorage.open(folder)) {
            before = new EventService(catalogue).save(Fixtures.seed(catalogue).conference(), List.of(), List.of());
        }
        byte[] file = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));

        CrashDisk.fail(CrashDisk.Fault.READ_ONLY);
        try (Catalogue catalogue = CrashStorage.open(folder)) {
            // H2 opens a file it cannot write read-only: everything can be read
            assertThat(catalogue.events().findById(before.id())).contains(before);
            CatalogueException refused = catchThrowableOfType(() -> new EventService(catalogue)
                    .save(Fixtures.yearOnly(SECRET_TITLE, 2024, "Termez"), List.of(), List.of()),
                    CatalogueException.class);
            assertThat(refused.messageKey()).isEqualTo("error.catalogueReadOnly");
            assertThat(refused.getMessage()).doesNotContain(SECRET_TITLE);
            assertThat(Failures.describe(refused)).doesNotContain(SECRET_TITLE);
        }
        assertThat(Arrays.equals(Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE)), file))
                .as("the file is untouched").isTrue();
    }

    @Test
    void bothLanguagesHaveTheWordsForAFullDiskAndAReadOnlyFolder() {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            ResourceBundle bundle = ResourceBundle.getBundle("org.liaisonlog.gui.messages", locale);
            assertThat(bundle.getString(JooqTransactions.DISK_FULL)).isNotBlank();
            assertThat(bundle.getString(JooqTransactions.READ_ONLY)).isNotBlank();
        }
        assertThat(ResourceBundle.getBundle("org.liaisonlog.gui.messages", Locale.forLanguageTag("ru"))
                .getString(JooqTransactions.DISK_FULL)).startsWith("Диск заполнен");
    }

    private static FileKey key() {
        byte[] bytes = new byte[FileKey.LENGTH];
        Arrays.fill(bytes, (byte) 42);
        return FileKey.of(bytes);
    }
}
