package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/**
 * Rewrites a closed catalogue into a new file: {@link #encrypt}, {@link #decrypt},
 * {@link #changePassword} and {@link #compact} (the same encryption and password, without the
 * space the file has grown by: decision 15). The old file is replaced only once the new one is complete and
 * verified, and a rewrite interrupted at any moment is finished or undone by the next open
 * ({@link #recover}, called by {@link H2Catalogue}'s opens).
 *
 * <p>The order, in the catalogue's folder ({@code catalogue.mv.db}, {@code catalogue.key}):
 * <ol>
 * <li>take the rewrite lock ({@value #LOCK_FILE}) and open the old catalogue (its password is
 *     checked here: a wrong one stops everything before any file is written);</li>
 * <li>in the work folder {@value #WORK_FOLDER} (owner-only, same file system): the new key
 *     file, then the new database, created by Flyway (the same schema) and filled table by table
 *     by streaming JDBC (its plain secondary indexes dropped first and made again after the
 *     copy); an encrypted target is encrypted from its first byte, so no plaintext copy of an
 *     encrypted catalogue is ever written;</li>
 * <li>the new database is closed, compacted ({@code SHUTDOWN COMPACT}), opened again with its
 *     key, and every table's row count and the secondary indexes are compared with the old
 *     one's;</li>
 * <li>the marker {@value #READY} is written in the work folder: the commit point. Before it,
 *     recovery deletes the work folder and the old catalogue stands; after it, recovery rolls
 *     forward;</li>
 * <li>each file in turn (database, then key file): the old one is renamed to
 *     {@code catalogue.old.*}, the new one renamed into place (renames within the folder);</li>
 * <li>the work folder is deleted; then the old files are overwritten with zeros, forced to
 *     disk and deleted.</li>
 * </ol>
 * After a compaction the new file's length is recorded as its length at close and after
 * compaction ({@link CatalogueFolder#CLOSED_RECORD}, read by {@link CompactionPolicy}); after the
 * other rewrites (and a compaction finished by recovery) the next close records it.
 */
public final class CatalogueRewrite {

    static final String WORK_FOLDER = "catalogue.rewrite";
    static final String READY = "READY";
    static final String LOCK_FILE = "catalogue.rewrite.lock";
    static final String OLD_DATABASE = CatalogueFolder.DATABASE_NAME + ".old.mv.db";
    static final String OLD_KEY = CatalogueFolder.DATABASE_NAME + ".old.key";

    /** The moments a test may stop a rewrite at, as a crash would. */
    enum Step { KEY_WRITTEN, COPIED, READY_WRITTEN, OLD_DATABASE_MOVED, NEW_DATABASE_MOVED, OLD_KEY_MOVED,
        NEW_KEY_MOVED, WORK_REMOVED }

    /** Called after each step; tests make it throw to leave that step's files behind. */
    static volatile Consumer<Step> afterStep = step -> { };

    /** What a finished rewrite did: the row counts of every table, for the caller to report. */
    public record Result(Map<String, Long> rowCounts) {

        public long rows() {
            return rowCounts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private CatalogueRewrite() {
    }

    /** Encrypts the plain catalogue in {@code folder} with {@code newPassphrase} (default key derivation). */
    public static Result encrypt(Path folder, char[] newPassphrase) {
        return encrypt(folder, newPassphrase, KeyDerivation.DEFAULT);
    }

    /** As {@link #encrypt(Path, char[])}, deriving the key with {@code parameters}. */
    public static Result encrypt(Path folder, char[] newPassphrase, KeyDerivation.Parameters parameters) {
        Path at = normalize(folder);
        requireCatalogue(at);
        if (KeyFile.existsIn(at)) {
            throw new CatalogueException("error.catalogueAlreadyEncrypted", "This catalogue is already encrypted");
        }
        return rewrite(at, () -> H2Catalogue.open(at), KeyFile.create(newPassphrase, parameters));
    }

    /** Decrypts the encrypted catalogue in {@code folder}: afterwards it opens without a password. */
    public static Result decrypt(Path folder, char[] passphrase) {
        Path at = normalize(folder);
        requireEncrypted(at);
        return rewrite(at, () -> H2Catalogue.open(at, passphrase), null);
    }

    /** Changes the password of the encrypted catalogue in {@code folder} (default key derivation). */
    public static Result changePassword(Path folder, char[] oldPassphrase, char[] newPassphrase) {
        return changePassword(folder, oldPassphrase, newPassphrase, KeyDerivation.DEFAULT);
    }

    /** As {@link #changePassword(Path, char[], char[])}, deriving the new key with {@code parameters}. */
    public static Result changePassword(Path folder, char[] oldPassphrase, char[] newPassphrase,
            KeyDerivation.Parameters parameters) {
        Path at = normalize(folder);
        requireEncrypted(at);
        // the old password first: a wrong one must cost no new key derivation and change nothing
        KeyFile.readFrom(at).unlock(oldPassphrase);
        KeyFile.Created target = KeyFile.create(newPassphrase, parameters);
        return rewrite(at, () -> H2Catalogue.open(at, oldPassphrase), target);
    }

    /**
     * Compacts the plain catalogue in {@code folder}: rewrites it into a new file without the
     * space it has grown by (its file only grows while open, decision 15), verified and swapped
     * in as the other rewrites are.
     *
     * @throws CatalogueException "error.passwordNeeded" for an encrypted catalogue
     */
    public static Result compact(Path folder) {
        Path at = normalize(folder);
        requireCatalogue(at);
        if (KeyFile.existsIn(at)) {
            throw new CatalogueException("error.passwordNeeded", "This catalogue is encrypted: its password is needed");
        }
        return compacted(at, rewrite(at, () -> H2Catalogue.open(at), null));
    }

    /** Compacts the encrypted catalogue in {@code folder}, keeping its key file and password. */
    public static Result compact(Path folder, char[] passphrase) {
        Path at = normalize(folder);
        requireEncrypted(at);
        return compact(at, KeyFile.readFrom(at).unlock(passphrase));
    }

    /** As {@link #compact(Path, char[])} with the key itself (a {@link Compaction} handle's). */
    static Result compact(Path folder, FileKey key) {
        Path at = normalize(folder);
        requireEncrypted(at);
        KeyFile keyFile = KeyFile.readFrom(at);
        if (!keyFile.matches(key)) {
            // the password was changed since the key was taken
            throw new WrongPasswordException();
        }
        return compacted(at, rewrite(at, () -> H2Catalogue.open(at, key, keyFile),
                new KeyFile.Created(keyFile, key)));
    }

    /** Records the compacted file's length, which the policy measures growth from (best effort). */
    private static Result compacted(Path folder, Result result) {
        try {
            new CatalogueFolder(folder).recordCompactedLength();
        } catch (IOException | RuntimeException e) {
            // the next close records the length as the compacted one
        }
        return result;
    }

    private static Path normalize(Path folder) {
        return folder.toAbsolutePath().normalize();
    }

    private static void requireCatalogue(Path folder) {
        if (!H2Catalogue.isEncrypted(folder) && !Files.isRegularFile(folder.resolve(CatalogueFolder.DATABASE_FILE))) {
            throw new CatalogueException("error.noCatalogue", "There is no catalogue in this folder");
        }
    }

    private static void requireEncrypted(Path folder) {
        requireCatalogue(folder);
        if (!KeyFile.existsIn(folder)) {
            throw new CatalogueException("error.catalogueNotEncrypted", "This catalogue is not encrypted");
        }
    }

    private interface Opener {
        H2Catalogue open();
    }

    /** The rewrite itself; {@code target} null makes a plain catalogue. */
    private static Result rewrite(Path folder, Opener source, KeyFile.Created target) {
        Path work = folder.resolve(WORK_FOLDER);
        Map<String, Long> counts;
        try {
            // an earlier rewrite's leftovers first, so that the opens below find none
            if (!recover(folder)) {
                throw new CatalogueInUseException(null);
            }
        } catch (IOException e) {
            throw new CatalogueException("error.rewriteFailed", "The catalogue could not be rewritten; nothing was changed",
                    e);
        }
        try (RewriteLock lock = RewriteLock.tryAcquire(folder)) {
            if (lock == null) {
                throw new CatalogueInUseException(null);
            }
            try (H2Catalogue old = source.open()) {
                try {
                    deleteTree(work);
                    CatalogueFolder.prepare(work);
                    if (target != null) {
                        target.keyFile().writeTo(work);
                    }
                    afterStep.accept(Step.KEY_WRITTEN);
                    // The work copy is not the catalogue until it is verified and READY, so a
                    // killed copy needs no crash safety: H2 may reuse free space while copying
                    // (the catalogue's address forbids it, CatalogueFolder#jdbcUrl), or the copy's
                    // disk use would grow several times over.
                    try (H2Catalogue fresh = H2Catalogue.open(work, target == null ? null : target.key(),
                            target == null ? null : target.keyFile(), true)) {
                        counts = TableCopy.copy(old, fresh);
                    }
                    TableCopy.compact(work, target == null ? null : target.key());
                    afterStep.accept(Step.COPIED);
                    try (H2Catalogue reopened = H2Catalogue.open(work, target == null ? null : target.key(),
                            target == null ? null : target.keyFile())) {
                        Map<String, Long> written = TableCopy.rowCounts(reopened);
                        if (!written.equals(counts) || !TableCopy.plainIndexes(reopened).equals(TableCopy.plainIndexes(old))) {
                            throw new CatalogueException("error.rewriteVerify",
                                    "The rewritten catalogue did not match the old one; nothing was changed");
                        }
                    }
                    writeReady(work, target != null);
                } catch (IOException | SQLException | RuntimeException e) {
                    deleteTree(work);
                    throw e;
                }
            }
            afterStep.accept(Step.READY_WRITTEN);
            try {
                rollForward(folder);
            } catch (IOException e) {
                // past the commit point: the next open finishes the swap
                throw new CatalogueException("error.rewriteUnfinished", "The catalogue was rewritten but could not be"
                        + " put in place yet; that is finished the next time it is opened", e);
            }
        } catch (IOException | SQLException e) {
            throw new CatalogueException("error.rewriteFailed", "The catalogue could not be rewritten; nothing was changed",
                    e);
        }
        return new Result(counts);
    }

    private static void writeReady(Path work, boolean encrypted) throws IOException {
        Path temp = work.resolve(READY + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            channel.write(ByteBuffer.wrap(("encrypted=" + encrypted + "\n").getBytes(StandardCharsets.US_ASCII)));
            channel.force(true);
        }
        move(temp, work.resolve(READY));
        syncFolder(work);
    }

    /**
     * Finishes or undoes a rewrite left behind in {@code folder}, and removes old files a
     * finished one left. Returns false, doing nothing, while another rewrite holds the lock.
     */
    static boolean recover(Path folder) throws IOException {
        if (!leftovers(folder)) {
            return true;
        }
        try (RewriteLock lock = RewriteLock.tryAcquire(folder)) {
            if (lock == null) {
                return false;
            }
            Path work = folder.resolve(WORK_FOLDER);
            if (Files.isRegularFile(work.resolve(READY))) {
                rollForward(folder);
            } else {
                deleteTree(work);
                removeOldFiles(folder);
            }
            Files.deleteIfExists(folder.resolve(KeyFile.FILE_NAME + ".tmp"));
        }
        return true;
    }

    private static boolean leftovers(Path folder) {
        return Files.exists(folder.resolve(WORK_FOLDER)) || Files.exists(folder.resolve(OLD_DATABASE))
                || Files.exists(folder.resolve(OLD_KEY)) || Files.exists(folder.resolve(KeyFile.FILE_NAME + ".tmp"));
    }

    /** Puts the verified new files of the work folder in place of the old ones (see the class comment). */
    private static void rollForward(Path folder) throws IOException {
        Path work = folder.resolve(WORK_FOLDER);
        boolean encrypted = Files.readString(work.resolve(READY), StandardCharsets.US_ASCII).contains("encrypted=true");
        // the new file is shorter than the old one was at its last close: that is no damage
        new CatalogueFolder(folder).forgetClosedLength();
        swap(folder, work, CatalogueFolder.DATABASE_FILE, OLD_DATABASE, true, Step.OLD_DATABASE_MOVED,
                Step.NEW_DATABASE_MOVED);
        swap(folder, work, KeyFile.FILE_NAME, OLD_KEY, encrypted, Step.OLD_KEY_MOVED, Step.NEW_KEY_MOVED);
        syncFolder(folder);
        deleteTree(work);
        syncFolder(folder);
        afterStep.accept(Step.WORK_REMOVED);
        removeOldFiles(folder);
    }

    /**
     * One file of the swap. While the new file is still in the work folder, the file in place
     * (if any) is the old one: it is moved aside, then the new one moved in. When the new
     * catalogue has no such file (a decrypted catalogue's key file), the one in place is old.
     */
    private static void swap(Path folder, Path work, String name, String oldName, boolean newHasIt, Step oldMoved,
            Step newMoved) throws IOException {
        Path current = folder.resolve(name);
        Path fresh = work.resolve(name);
        Path old = folder.resolve(oldName);
        boolean freshWaiting = Files.exists(fresh);
        if (freshWaiting || !newHasIt) {
            if (Files.exists(current)) {
                if (Files.exists(old)) {
                    wipeAndDelete(old);
                }
                move(current, old);
                syncFolder(folder);
            }
            afterStep.accept(oldMoved);
        }
        if (freshWaiting) {
            move(fresh, current);
            syncFolder(folder);
            afterStep.accept(newMoved);
        }
    }

    /** The old files of a finished rewrite: the database overwritten with zeros first, then deleted. */
    private static void removeOldFiles(Path folder) throws IOException {
        wipeAndDelete(folder.resolve(OLD_DATABASE));
        Files.deleteIfExists(folder.resolve(OLD_KEY));
    }

    /**
     * Overwrites the file with zeros, forces that to disk, and deletes it. On an SSD or a
     * copy-on-write file system the old blocks may survive elsewhere (see decision 13).
     */
    static void wipeAndDelete(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            Files.deleteIfExists(file);
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            long size = channel.size();
            ByteBuffer zeros = ByteBuffer.allocate(1 << 20);
            long written = 0;
            while (written < size) {
                zeros.clear();
                zeros.limit((int) Math.min(zeros.capacity(), size - written));
                written += channel.write(zeros, written);
            }
            channel.force(true);
        }
        Files.delete(file);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        }
        for (Path path : paths) {
            if (path.getFileName().toString().endsWith(".mv.db")) {
                wipeAndDelete(path);
            } else {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Makes renames in {@code folder} durable where the system allows forcing a folder (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not possible on every system (Windows); the renames are still atomic
        }
    }
}
