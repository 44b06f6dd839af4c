package org.liaisonlog.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupNames;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.logic.backup.Recovery;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/**
 * Recovery of a closed H2 catalogue: setting a damaged file aside and restoring a backup, by
 * renaming and copying only: no catalogue file is ever deleted or overwritten. A restored file is
 * opened with the {@link CatalogueOpener} (which migrates it forward if it is older) and fully
 * checked before the restore counts as done; otherwise the previous state is put back.
 */
public final class H2Recovery implements Recovery {

    private final CatalogueOpener opener;
    private final Clock clock;

    public H2Recovery(CatalogueOpener opener, Clock clock) {
        this.opener = opener;
        this.clock = clock;
    }

    @Override
    public boolean isDamage(CatalogueException failure) {
        if (failure instanceof CatalogueInUseException) {
            return false;
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 50; t = t.getCause(), depth++) {
            if (t.getClass().getSimpleName().contains("WrongPassword")) {
                return false;
            }
            if (t instanceof SQLException sql && (sql.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD
                    || sql.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                    || sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path setAside(Path catalogueFolder) {
        Path folder = catalogueFolder.toAbsolutePath().normalize();
        Path current = folder.resolve(CatalogueFolder.DATABASE_FILE);
        if (!Files.isRegularFile(current)) {
            throw new BackupException("recovery.noCatalogue", "There is no catalogue file to set aside");
        }
        refuseIfInUse(current);
        Path aside = BackupNames.damaged(folder, clock.instant(), clock.getZone());
        try {
            move(current, aside);
            new CatalogueFolder(folder).forgetClosedLength();
        } catch (IOException e) {
            throw new BackupException("recovery.setAsideFailed", "The damaged catalogue could not be set aside", e);
        }
        return aside;
    }

    @Override
    public Optional<Path> restore(Path catalogueFolder, BackupInfo backup) {
        Path folder = catalogueFolder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(backup.file())) {
            throw new BackupException("restore.noBackup", "The backup file is not there");
        }
        Path current = folder.resolve(CatalogueFolder.DATABASE_FILE);
        Path currentKey = folder.resolve(H2Backups.KEY_FILE);
        Path backupKey = BackupNames.beside(backup.file(), BackupNames.KEY_SUFFIX);
        boolean hadCurrent = Files.exists(current);
        if (hadCurrent) {
            refuseIfInUse(current);
        }
        Path kept = hadCurrent ? BackupNames.replaced(folder, clock.instant(), clock.getZone()) : null;
        Path keptKey = kept == null ? null : BackupNames.beside(kept, BackupNames.KEY_SUFFIX);
        boolean movedKey = false;
        try {
            if (hadCurrent) {
                move(current, kept);
                new CatalogueFolder(folder).forgetClosedLength();
                if (Files.exists(currentKey)) {
                    move(currentKey, keptKey);
                    movedKey = true;
                }
            }
        } catch (IOException e) {
            throw new BackupException("restore.failed", "The current catalogue could not be set aside", e);
        }
        try {
            copyOwnerOnly(backup.file(), current);
            if (Files.exists(backupKey)) {
                copyOwnerOnly(backupKey, currentKey);
            }
            CheckReport report;
            try (H2Catalogue restored = opener.open(folder)) {
                report = CatalogueCheck.full(restored);
            }
            if (!report.sound()) {
                throw new BackupException("restore.failed.verify", "The restored catalogue did not pass its check");
            }
            return Optional.ofNullable(kept);
        } catch (IOException | RuntimeException e) {
            putBack(current, currentKey, kept, keptKey, movedKey, backupKey);
            if (e instanceof BackupException || e instanceof CatalogueInUseException
                    || e instanceof WrongPasswordException) {
                throw (RuntimeException) e;
            }
            throw new BackupException("restore.failed", "The backup could not be restored", e);
        }
    }

    @Override
    public Optional<BackupInfo> newestVerified(List<Path> folders) {
        return folders.stream().distinct().flatMap(folder -> H2Backups.listFolder(folder).stream())
                .filter(BackupInfo::verified).max(Comparator.comparing(BackupInfo::madeAt));
    }

    /**
     * Undoes a failed restore: the copies put in are removed (they are copies of the backup, which
     * stays where it is) and the kept file and key go back under their names.
     */
    private static void putBack(Path current, Path currentKey, Path kept, Path keptKey, boolean movedKey,
            Path backupKey) {
        try {
            if (kept != null) {
                Files.deleteIfExists(current);
                move(kept, current);
                if (movedKey) {
                    Files.deleteIfExists(currentKey);
                    move(keptKey, currentKey);
                } else if (Files.exists(backupKey)) {
                    Files.deleteIfExists(currentKey);
                }
            } else {
                // there was no catalogue before: keep the failed copy aside rather than delete it
                if (Files.exists(current)) {
                    move(current, current.resolveSibling(BackupNames.damaged(current.getParent(),
                            java.time.Instant.now(), java.time.ZoneId.systemDefault()).getFileName()));
                }
            }
        } catch (IOException e) {
            throw new BackupException("restore.failed.putBack",
                    "The backup could not be restored, and the previous catalogue could not be put back;"
                            + " it is kept as " + (kept == null ? "nothing" : kept.getFileName()), e);
        }
    }

    /** Refuses when another program (or this one) holds the file open: H2 locks the file it has open. */
    static void refuseIfInUse(Path databaseFile) {
        try (FileChannel channel = FileChannel.open(databaseFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new CatalogueInUseException(null);
            }
            lock.release();
        } catch (IOException e) {
            throw new BackupException("recovery.cannotLock", "The catalogue file could not be reached", e);
        }
    }

    /** Renames without ever replacing: a file already under {@code to} fails the move. */
    private static void move(Path from, Path to) throws IOException {
        Files.move(from, to);
        if (Files.exists(from) || !Files.exists(to)) {
            throw new IOException("The file was not moved");
        }
    }

    private static void copyOwnerOnly(Path from, Path to) throws IOException {
        H2Backups.createOwnerOnly(to);
        try (OutputStream out = Files.newOutputStream(to, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            Files.copy(from, out);
        }
    }
}
