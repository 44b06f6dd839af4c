package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can fail on demand, for tests: an H2 file system ("crashdisk:" before a path) that
 * wraps the real disk and passes everything through
 * until told to fail. {@link Fault#FULL}: every write to an open file throws
 * IOException("No space left on device"), as a full disk does on Linux (ENOSPC).
 * {@link Fault#READ_ONLY}: files can no longer be opened for writing, and writes to those already
 * open fail with "Read-only file system" (EROFS), as when a USB stick is pulled or switched to
 * read-only, or the folder's permissions change.
 *
 * <p>Held JVM-wide by H2: {@link #install()} and {@link #uninstall()} around each test.
 */
public final class CrashDisk extends FilePathWrapper {

    public enum Fault { NONE, FULL, READ_ONLY }

    static final String SCHEME = "crashdisk";

    /** H2 makes its paths with this (public, as H2 needs it). */
    public CrashDisk() {
    }

    private static volatile Fault fault = Fault.NONE;
    public static final AtomicInteger FAILED_WRITES = new AtomicInteger();
    static final AtomicInteger OPENED = new AtomicInteger();
    /** Writes and flushes to disk (fsync) that reached the real file. */
    public static final AtomicInteger WRITES = new AtomicInteger();
    public static final AtomicInteger FORCES = new AtomicInteger();

    public static void install() {
        fault = Fault.NONE;
        FAILED_WRITES.set(0);
        OPENED.set(0);
        WRITES.set(0);
        FORCES.set(0);
        FilePath.register(new CrashDisk());
    }

    public static void uninstall() {
        fault = Fault.NONE;
        FilePath.unregister(new CrashDisk());
    }

    public static void fail(Fault newFault) {
        fault = newFault;
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public boolean canWrite() {
        return fault != Fault.READ_ONLY && super.canWrite();
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        if (fault == Fault.READ_ONLY && mode.contains("w")) {
            throw new FileSystemException(name, null, "Read-only file system");
        }
        OPENED.incrementAndGet();
        return new FaultyChannel(super.open(mode), name);
    }

    private static IOException failure(String file) {
        FAILED_WRITES.incrementAndGet();
        return fault == Fault.FULL ? new IOException("No space left on device")
                : new FileSystemException(file, null, "Read-only file system");
    }

    /** Passes through to the real file until a fault is set; then writing fails. */
    private static final class FaultyChannel extends FileBase {

        private final FileChannel base;
        private final String file;

        FaultyChannel(FileChannel base, String file) {
            this.base = base;
            this.file = file;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            if (fault != Fault.NONE) {
                throw failure(file);
            }
            WRITES.incrementAndGet();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            if (fault != Fault.NONE) {
                throw failure(file);
            }
            WRITES.incrementAndGet();
            return base.write(src, position);
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            base.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            if (fault != Fault.NONE) {
                throw failure(file);
            }
            base.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            if (fault != Fault.NONE) {
                throw failure(file);
            }
            FORCES.incrementAndGet();
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }
    }
}
