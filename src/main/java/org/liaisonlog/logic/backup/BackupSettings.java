package org.liaisonlog.logic.backup;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueSettings;

/**
 * Where a catalogue's backups go, how many are kept and when the last was made, kept in the
 * catalogue's own settings ({@link CatalogueSettings#BACKUP_FOLDER} and the keys beside it).
 */
public final class BackupSettings {

    /** How many verified backups are kept unless the user chose otherwise. */
    public static final int DEFAULT_KEEP = 7;
    /** The most backups that may be kept. */
    public static final int MAX_KEEP = 100;
    /** The default backup folder's name inside the catalogue folder. */
    public static final String DEFAULT_FOLDER_NAME = "backups";

    private final Path catalogueFolder;
    private final CatalogueSettings settings;

    public BackupSettings(Catalogue catalogue) {
        this(catalogue.folder(), catalogue.settings());
    }

    public BackupSettings(Path catalogueFolder, CatalogueSettings settings) {
        this.catalogueFolder = catalogueFolder.toAbsolutePath().normalize();
        this.settings = settings;
    }

    /** The default backup folder of the catalogue in {@code catalogueFolder}. */
    public static Path defaultFolder(Path catalogueFolder) {
        return catalogueFolder.toAbsolutePath().normalize().resolve(DEFAULT_FOLDER_NAME);
    }

    /** The backup folder: the one chosen, else {@code <catalogue folder>/backups}. */
    public Path folder() {
        return chosenFolder().orElse(defaultFolder(catalogueFolder));
    }

    /** The folder the user chose, if any (an unreadable setting counts as none). */
    public Optional<Path> chosenFolder() {
        return settings.get(CatalogueSettings.BACKUP_FOLDER).filter(text -> !text.isBlank()).flatMap(text -> {
            try {
                return Optional.of(Path.of(text).toAbsolutePath().normalize());
            } catch (InvalidPathException e) {
                return Optional.empty();
            }
        });
    }

    /** Chooses the backup folder; null goes back to the default. */
    public void setFolder(Path folder) {
        settings.put(CatalogueSettings.BACKUP_FOLDER,
                folder == null ? "" : folder.toAbsolutePath().normalize().toString());
    }

    /** How many verified backups are kept (1 to {@link #MAX_KEEP}). */
    public int keep() {
        return settings.get(CatalogueSettings.BACKUP_KEEP).map(text -> {
            try {
                int keep = Integer.parseInt(text.trim());
                return keep >= 1 && keep <= MAX_KEEP ? keep : DEFAULT_KEEP;
            } catch (NumberFormatException e) {
                return DEFAULT_KEEP;
            }
        }).orElse(DEFAULT_KEEP);
    }

    /** Sets how many verified backups are kept. */
    public void setKeep(int keep) {
        if (keep < 1 || keep > MAX_KEEP) {
            throw new IllegalArgumentException("keep must be between 1 and " + MAX_KEEP);
        }
        settings.put(CatalogueSettings.BACKUP_KEEP, Integer.toString(keep));
    }

    /** When the last verified backup was made, if ever. */
    public Optional<Instant> lastBackupAt() {
        return settings.get(CatalogueSettings.LAST_BACKUP_AT).flatMap(text -> {
            try {
                return Optional.of(Instant.parse(text.trim()));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    void setLastBackupAt(Instant at) {
        settings.put(CatalogueSettings.LAST_BACKUP_AT, at.toString());
    }
}
