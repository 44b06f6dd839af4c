package org.liaisonlog.logic.catalogue;

import java.util.Optional;

/** Facts kept inside the catalogue file itself (not user preferences). */
public interface CatalogueSettings {

    String FIRST_START_DONE = "first-start-done";
    String REFERENCE_DATA_VERSION = "reference-data-version";

    // backup: where backups go, how many are kept, when the last one was made (see logic/backup)
    /** The backup folder chosen by the user; absent for {@code <catalogue folder>/backups}. */
    String BACKUP_FOLDER = "backup-folder";
    /** How many verified backups are kept (a whole number, 1 to 100); absent for 7. */
    String BACKUP_KEEP = "backup-keep";
    /** When the last verified backup was made (an ISO-8601 instant). */
    String LAST_BACKUP_AT = "last-backup-at";

    Optional<String> get(String name);

    void put(String name, String value);
}
