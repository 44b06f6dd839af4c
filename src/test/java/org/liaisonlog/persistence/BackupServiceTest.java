package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupPolicy.Occasion;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.logic.backup.BackupSettings;
import org.liaisonlog.logic.organisation.OrganisationService;

/** The backup service over a real catalogue: its settings, and "is a backup due" from the change history. */
class BackupServiceTest {

    @TempDir
    Path temp;

    @Test
    void theSettingsLiveInTheCatalogueWithTheirDefaults() {
        Path folder = temp.resolve("catalogue");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            BackupSettings settings = new BackupSettings(catalogue);
            assertThat(settings.folder()).isEqualTo(folder.toAbsolutePath().resolve("backups"));
            assertThat(settings.keep()).isEqualTo(7);
            assertThat(settings.lastBackupAt()).isEmpty();
            settings.setFolder(temp.resolve("stick"));
            settings.setKeep(3);
            assertThatThrownBy(() -> settings.setKeep(0)).isInstanceOf(IllegalArgumentException.class);
        }
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            BackupSettings settings = new BackupSettings(catalogue);
            assertThat(settings.folder()).isEqualTo(temp.resolve("stick").toAbsolutePath());
            assertThat(settings.keep()).isEqualTo(3);
            settings.setFolder(null);
            assertThat(settings.folder()).isEqualTo(folder.toAbsolutePath().resolve("backups"));
        }
    }

    @Test
    void aBackupIsDueOnCloseOnlyAfterAChangeAndWhileOpenOnlyAfterADay() {
        Path folder = temp.resolve("catalogue");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            OrganisationService organisations = new OrganisationService(catalogue);
            organisations.save(Fixtures.organisation("First", null));
            Instant now = Instant.now().plusMillis(1);
            BackupService service = new BackupService(catalogue, new H2Backups(catalogue, Clock.systemUTC()),
                    Clock.fixed(now, ZoneOffset.UTC));
            assertThat(service.isDue(Occasion.CLOSE)).as("never backed up").isTrue();

            BackupInfo made = service.backUpIfDue(Occasion.CLOSE).orElseThrow();
            assertThat(made.file().getParent()).isEqualTo(folder.toAbsolutePath().resolve("backups"));
            assertThat(service.settings().lastBackupAt()).contains(now);
            assertThat(service.list()).containsExactly(made);
            assertThat(service.isDue(Occasion.CLOSE)).as("nothing changed since").isFalse();
            assertThat(service.backUpIfDue(Occasion.CLOSE)).isEmpty();

            organisations.save(Fixtures.organisation("Second", null));
            BackupService later = new BackupService(catalogue, new H2Backups(catalogue, Clock.systemUTC()),
                    Clock.fixed(Instant.now(), ZoneOffset.UTC));
            assertThat(later.isDue(Occasion.CLOSE)).isTrue();
            assertThat(later.isDue(Occasion.WHILE_OPEN)).as("not a day yet").isFalse();
            assertThat(service.untilDaily()).isEqualTo(Duration.ofDays(1));

            BackupService dayLater = new BackupService(catalogue, new H2Backups(catalogue, Clock.systemUTC()),
                    Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC));
            assertThat(dayLater.isDue(Occasion.WHILE_OPEN)).isTrue();
        }
    }
}
