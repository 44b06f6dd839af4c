package org.liaisonlog.logic.backup;

import java.nio.file.Path;
import java.util.List;

/** Backups of one open catalogue: made online, verified, rotated. */
public interface Backups {

    /**
     * Copies the open catalogue into {@code folder} (created owner-only when missing) as a new
     * {@code catalogue-YYYYMMDD-HHMMSS.mv.db}, opens the copy to verify it and writes its
     * manifest. Only then are older verified backups beyond the newest {@code keep} removed.
     *
     * @return the new, verified backup
     * @throws BackupException when it could not be made or did not verify; an unverified copy is
     *                         removed and the older backups are left as they were
     */
    BackupInfo backUp(Path folder, int keep);

    /** The backups in {@code folder}, newest first (empty when the folder does not exist). */
    List<BackupInfo> list(Path folder);
}
