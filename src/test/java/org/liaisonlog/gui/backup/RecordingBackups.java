package org.liaisonlog.gui.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.Backups;
import org.liaisonlog.logic.backup.RecordCounts;

/**
 * Backups for view-model tests: records where each backup was asked for and answers with a
 * verified backup of the given size at once, or fails as a folder that cannot be written to.
 * (The real copy, verification and rotation are H2Backups', tested on real files.)
 */
final class RecordingBackups implements Backups {

    static final String MADE = "catalogue-20261207-010000.mv.db";

    final List<Path> askedFor = new ArrayList<>();
    private final long size;
    boolean failing;

    RecordingBackups(long size) {
        this.size = size;
    }

    @Override
    public BackupInfo backUp(Path to, int keep) {
        askedFor.add(to);
        if (failing) {
            throw new BackupException("backup.failed.folder", "the folder cannot be written to");
        }
        return new BackupInfo(to.resolve(MADE), Instant.now(), size, RecordCounts.NONE, true, false);
    }

    @Override
    public List<BackupInfo> list(Path in) {
        return List.of();
    }
}
