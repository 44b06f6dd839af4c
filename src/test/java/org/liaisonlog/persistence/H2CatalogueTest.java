package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.Named;
import org.jooq.Schema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;

/** Opening, migrating, closing and protecting the catalogue file. */
class H2CatalogueTest {

    @TempDir
    Path temp;

    @Test
    void migratesANewCatalogueToTheWholeSchema() {
        try (H2Catalogue catalogue = H2Catalogue.open(temp.resolve("new"))) {
            assertThat(catalogue.createdNow()).isTrue();
            Schema schema = catalogue.dsl().meta().getSchemas().stream()
                    .filter(s -> s.getName().equals("PUBLIC"))
                    .findFirst().orElseThrow();
            Set<String> tables = schema.getTables().stream().map(Named::getName).collect(Collectors.toSet());
            assertThat(tables).containsExactlyInAnyOrder(
                    "ATTENDANCE", "CATALOGUE_SETTING", "CHANGE_LOG", "COUNTRY", "EVENT", "EVENT_ORGANISER",
                    "EVENT_SOURCE", "EVENT_THEME", "ORGANISATION", "ORGANISATION_ALIAS", "PERSON",
                    "PERSON_SPELLING", "SOURCE", "THEME", "TRIP", "TRIP_EVENT", "TRIP_LEG", "TRIP_TRAVELLER",
                    "flyway_schema_history");
            assertThat(catalogue.events().count()).isZero();
        }
    }

    @Test
    void reopeningFindsTheSameCatalogue() {
        Path folder = temp.resolve("catalogue");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            catalogue.settings().put(CatalogueSettings.FIRST_START_DONE, "true");
        }
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.createdNow()).isFalse();
            assertThat(catalogue.folder()).isEqualTo(folder.toAbsolutePath());
            assertThat(catalogue.settings().get(CatalogueSettings.FIRST_START_DONE)).contains("true");
        }
    }

    @Test
    void folderAndFileAreTheOwnersOnlyOnPosix() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path folder = temp.resolve("private").resolve("catalogue");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(folder.resolve("catalogue.mv.db")))).isEqualTo("rw-------");
        }
        // closing records the file's length beside it, owner-only too
        assertThat(PosixFilePermissions.toString(
                Files.getPosixFilePermissions(folder.resolve(CatalogueFolder.CLOSED_RECORD)))).isEqualTo("rw-------");
    }

    @Test
    void closingReleasesTheFile() throws IOException {
        Path folder = temp.resolve("catalogue");
        H2Catalogue catalogue = H2Catalogue.open(folder);
        catalogue.close();
        catalogue.close();
        try (FileChannel channel = FileChannel.open(folder.resolve("catalogue.mv.db"),
                StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            assertThat(lock).as("no lock left on the file").isNotNull();
        }
    }

    @Test
    void failuresNeitherQuoteStoredValuesNorLeaveATraceFile() throws IOException {
        Path folder = temp.resolve("catalogue");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            Organisation secret = new Organisation(RecordStamp.fresh(), "Secret Service Alpha", null, null,
                    List.of(), OrganisationKind.OTHER, null, null, null);
            catalogue.organisations().insert(secret);
            assertThatThrownBy(() -> catalogue.organisations().insert(secret))
                    .isInstanceOf(CatalogueException.class)
                    .hasMessage("The catalogue could not be saved")
                    .satisfies(e -> assertThat(((CatalogueException) e).messageKey()).isEqualTo("error.catalogueSave"));
            String tooLong = "Secret Title Bravo".repeat(100);
            assertThatThrownBy(() -> catalogue.events().insert(Fixtures.yearOnly(tooLong, 2020, null)))
                    .isInstanceOf(CatalogueException.class)
                    .hasMessageNotContaining("Secret");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".trace.db"))
                    .contains("catalogue.mv.db");
        }
    }

    @Test
    void aFolderThatCannotBeUsedGivesAPlainError() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("file"), "x");
        assertThatThrownBy(() -> H2Catalogue.open(notAFolder.resolve("catalogue")))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("The catalogue could not be opened")
                .satisfies(e -> assertThat(((CatalogueException) e).messageKey()).isEqualTo("error.catalogueOpen"));
        assertThatThrownBy(() -> H2Catalogue.open(temp.resolve("odd;name")))
                .isInstanceOf(CatalogueException.class)
                .hasMessage("The catalogue could not be opened");
    }
}
