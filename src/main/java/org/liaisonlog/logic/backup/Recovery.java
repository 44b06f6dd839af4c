package org.liaisonlog.logic.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.liaisonlog.logic.catalogue.CatalogueException;

/**
 * Recovering a closed catalogue: telling a damaged file from one that is only in use or locked
 * by a password, setting a damaged file aside, and restoring a backup. Nothing here ever deletes
 * or overwrites a catalogue file: a file is only renamed aside, under a name not yet taken.
 */
public interface Recovery {

    /**
     * True when an open that failed with {@code failure} means the file is damaged: not held by
     * another window and not a wrong password.
     */
    boolean isDamage(CatalogueException failure);

    /**
     * Renames the catalogue file in {@code catalogueFolder} aside as
     * {@code catalogue-damaged-YYYYMMDD-HHMMSS.mv.db} (its key file is left where it is: the
     * backup restored next needs its own).
     *
     * @return where the file now is
     */
    Path setAside(Path catalogueFolder);

    /**
     * Puts {@code backup} in place of the catalogue in {@code catalogueFolder}, which must be
     * closed. The current file (if any) is kept as {@code catalogue-replaced-YYYYMMDD-HHMMSS.mv.db};
     * the backup (and its key file when encrypted) is copied in and opened to verify it. On any
     * failure the previous state is put back.
     *
     * @return where the replaced file was kept, or empty when there was none
     */
    Optional<Path> restore(Path catalogueFolder, BackupInfo backup);

    /** The newest verified backup in any of {@code folders}. */
    Optional<BackupInfo> newestVerified(List<Path> folders);
}
