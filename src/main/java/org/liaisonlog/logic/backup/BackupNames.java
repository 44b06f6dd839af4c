package org.liaisonlog.logic.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of backup files and of catalogue files set aside: {@code catalogue-YYYYMMDD-HHMMSS.mv.db}
 * for a backup (with {@code .manifest} and, when encrypted, {@code .key} beside it),
 * {@code catalogue-damaged-…} and {@code catalogue-replaced-…} for files set aside. A name
 * already taken gets {@code -2}, {@code -3} … so nothing is ever overwritten.
 */
public final class BackupNames {

    /** What every catalogue file's name ends with (H2's MVStore file). */
    public static final String DATABASE_SUFFIX = ".mv.db";
    /** A backup's manifest: counts and sizes, no catalogue text. */
    public static final String MANIFEST_SUFFIX = ".manifest";
    /** A backup's copy of the key file of an encrypted catalogue. */
    public static final String KEY_SUFFIX = ".key";
    /** The temporary zip H2 writes a backup into, deleted once unpacked. */
    public static final String ZIP_SUFFIX = ".zip";

    static final String BACKUP_PREFIX = "catalogue-";
    static final String DAMAGED_PREFIX = "catalogue-damaged-";
    static final String REPLACED_PREFIX = "catalogue-replaced-";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern BACKUP = Pattern.compile("catalogue-(\\d{8}-\\d{6})(-\\d+)?\\.mv\\.db");

    private BackupNames() {
    }

    /** The time written as in the file names, in {@code zone}. */
    public static String stamp(Instant at, ZoneId zone) {
        return STAMP.format(LocalDateTime.ofInstant(at, zone));
    }

    /** A new backup's file name in {@code folder}: not taken yet, nor its manifest, key or zip. */
    public static Path newBackup(Path folder, Instant at, ZoneId zone) {
        return free(folder, BACKUP_PREFIX + stamp(at, zone));
    }

    /** The name a damaged catalogue file is renamed to in {@code folder}. */
    public static Path damaged(Path folder, Instant at, ZoneId zone) {
        return free(folder, DAMAGED_PREFIX + stamp(at, zone));
    }

    /** The name a catalogue file replaced by a restore is kept under in {@code folder}. */
    public static Path replaced(Path folder, Instant at, ZoneId zone) {
        return free(folder, REPLACED_PREFIX + stamp(at, zone));
    }

    /** True when {@code file} is named as a backup ({@code catalogue-YYYYMMDD-HHMMSS[-N].mv.db}). */
    public static boolean isBackup(Path file) {
        return BACKUP.matcher(file.getFileName().toString()).matches();
    }

    /** The time in a backup's name, read in {@code zone}, when the name is a backup's. */
    public static Optional<Instant> madeAt(Path file, ZoneId zone) {
        Matcher matcher = BACKUP.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDateTime.parse(matcher.group(1), STAMP).atZone(zone).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The file beside a backup with the same base name and another ending (manifest, key, zip). */
    public static Path beside(Path backupFile, String suffix) {
        String name = backupFile.getFileName().toString();
        return backupFile.resolveSibling(name.substring(0, name.length() - DATABASE_SUFFIX.length()) + suffix);
    }

    private static Path free(Path folder, String base) {
        for (int n = 1; ; n++) {
            String name = n == 1 ? base : base + "-" + n;
            Path file = folder.resolve(name + DATABASE_SUFFIX);
            if (!Files.exists(file) && !Files.exists(folder.resolve(name + MANIFEST_SUFFIX))
                    && !Files.exists(folder.resolve(name + KEY_SUFFIX))
                    && !Files.exists(folder.resolve(name + ZIP_SUFFIX))) {
                return file;
            }
        }
    }
}
