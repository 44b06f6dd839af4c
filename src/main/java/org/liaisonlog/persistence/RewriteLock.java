package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The lock a rewrite and a recovery hold: an OS file lock on {@value CatalogueRewrite#LOCK_FILE}, so that
 * no other process (or thread) recovers a rewrite that is still running.
 */
final class RewriteLock implements AutoCloseable {

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private RewriteLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or null when another rewrite holds it. */
    static RewriteLock tryAcquire(Path folder) throws IOException {
        Path file = folder.resolve(CatalogueRewrite.LOCK_FILE);
        FileChannel channel = file.getFileSystem().supportedFileAttributeViews().contains("posix")
                ? FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            return null;
        }
        return new RewriteLock(file, channel, lock);
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // another process holds it now (or Windows still does): it is empty and harmless
        }
    }
}
