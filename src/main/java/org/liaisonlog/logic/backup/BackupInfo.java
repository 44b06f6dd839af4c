package org.liaisonlog.logic.backup;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One backup in a backup folder, as its manifest describes it.
 *
 * @param file      the backup's catalogue file ({@code catalogue-YYYYMMDD-HHMMSS.mv.db})
 * @param madeAt    when it was made
 * @param size      the file's size in bytes
 * @param counts    its record counts (zero when unknown)
 * @param verified  true when it was opened and checked after it was made; only verified backups
 *                  are offered for restore and counted when older ones are rotated out
 * @param encrypted true when the file is encrypted (its key file lies beside it)
 */
public record BackupInfo(Path file, Instant madeAt, long size, RecordCounts counts, boolean verified,
                         boolean encrypted) {
}
