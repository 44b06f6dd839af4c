package org.liaisonlog.logic.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.settings.UserSettings.WindowPlace;

class SettingsFileTest {

    @TempDir
    Path folder;

    @Test
    void whatIsSavedIsReadBack() {
        UserSettings settings = UserSettings.defaults().withLanguage("ru").withAppearance(Appearance.DARK)
                .withWindow(new WindowPlace(10, 20, 1024, 700, false)).withLastScreen("TRIPS")
                .withTableColumns("EVENTS", List.of("title", "-edition", "date"));
        new SettingsFile(folder).save(settings);
        assertThat(new SettingsFile(folder).load()).isEqualTo(settings);
    }

    @Test
    void aMissingOrDamagedFileGivesTheDefaults() throws Exception {
        assertThat(new SettingsFile(folder).load()).isEqualTo(UserSettings.defaults());
        Files.writeString(folder.resolve(SettingsFile.NAME), "language=klingon\nwindow.x=\\uZZZZ\nappearance=PURPLE\n");
        UserSettings loaded = new SettingsFile(folder).load();
        assertThat(loaded.language()).isNull();
        assertThat(loaded.appearance()).isEqualTo(Appearance.LIGHT);
        assertThat(loaded.window()).isNull();
    }

    @Test
    void theFileIsTheOwnersOnlyAndNoTemporaryFileIsLeft() throws Exception {
        new SettingsFile(folder).save(UserSettings.defaults().withAppearance(Appearance.DARK));
        Path file = folder.resolve(SettingsFile.NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(SettingsFile.NAME);
        }
    }

    @Test
    void theBackupFolderAndTheIdleTimeAreKeptAndAnOlderFileGivesTheirDefaults() throws Exception {
        UserSettings settings = UserSettings.defaults().withBackupFolder("/media/stick/backups").withLockMinutes(25);
        new SettingsFile(folder).save(settings);
        assertThat(new SettingsFile(folder).load()).isEqualTo(settings);

        // a file written before these were kept
        Files.writeString(folder.resolve(SettingsFile.NAME), "language=ru\nappearance=DARK\nlastScreen=TRIPS\n");
        UserSettings older = new SettingsFile(folder).load();
        assertThat(older.language()).isEqualTo("ru");
        assertThat(older.backupFolder()).isNull();
        assertThat(older.lockMinutes()).isEqualTo(UserSettings.DEFAULT_LOCK_MINUTES).isEqualTo(10);

        Files.writeString(folder.resolve(SettingsFile.NAME), "lockMinutes=0\nbackupFolder=\n");
        assertThat(new SettingsFile(folder).load().lockMinutes()).isEqualTo(10);
        assertThat(new SettingsFile(folder).load().backupFolder()).isNull();
    }
}
