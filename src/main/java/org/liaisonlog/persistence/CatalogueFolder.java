package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The folder that holds a catalogue: where the database file is, the JDBC address that opens
 * it, and the owner-only permissions it is kept under on POSIX systems.
 */
record CatalogueFolder(Path folder) {

    /** The database name inside the folder; H2 adds ".mv.db". */
    static final String DATABASE_NAME = "catalogue";
    static final String DATABASE_FILE = DATABASE_NAME + ".mv.db";

    private static final Set<PosixFilePermission> OWNER_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");

    CatalogueFolder {
        folder = folder.toAbsolutePath().normalize();
    }

    /** Creates the folder (owner-only on POSIX) when it does not exist yet. */
    static CatalogueFolder prepare(Path folder) throws IOException {
        CatalogueFolder catalogueFolder = new CatalogueFolder(folder);
        Path path = catalogueFolder.folder();
        if (path.toString().contains(";")) {
            // H2 would read what follows a ';' in the address as a setting.
            throw new IOException("A catalogue folder name may not contain ';'");
        }
        if (!Files.isDirectory(path)) {
            if (isPosix(path)) {
                FileAttribute<Set<PosixFilePermission>> ownerOnly = PosixFilePermissions.asFileAttribute(OWNER_FOLDER);
                Files.createDirectories(path, ownerOnly);
                Files.setPosixFilePermissions(path, OWNER_FOLDER);
            } else {
                Files.createDirectories(path);
            }
        }
        return catalogueFolder;
    }

    Path databaseFile() {
        return folder.resolve(DATABASE_FILE);
    }

    boolean databaseExists() {
        return Files.exists(databaseFile());
    }

    /**
     * The H2 address of the file database. WRITE_DELAY=0 writes every commit to the file at
     * once, so a saved record survives a killed process; TRACE_LEVEL_FILE=0 keeps H2 from writing
     * a trace file (it would hold SQL with stored values in plain text); DB_CLOSE_ON_EXIT=FALSE
     * leaves closing to {@link H2Catalogue#close()}. No AUTO_SERVER: it would open a port.
     * REUSE_SPACE=FALSE: H2 2.5.252 loses commits that a killed process wrote into space freed
     * earlier in the file (the file header never learns of them; the crash harness found it,
     * docs/decisions/0015-crash-safety.md), so new chunks are only ever written at the end of the
     * file. The file then grows with every save until it is compacted by rewriting it.
     */
    String jdbcUrl() {
        return jdbcUrl(false);
    }

    /** The address as {@link #jdbcUrl()}, with H2's AES file encryption when {@code encrypted}. */
    String jdbcUrl(boolean encrypted) {
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME)
                + ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0;DB_CLOSE_ON_EXIT=FALSE;REUSE_SPACE=FALSE"
                + (encrypted ? ";CIPHER=AES" : "");
    }

    /**
     * The address of a rewrite's work copy: as {@link #jdbcUrl(boolean)}, but H2 may reuse free
     * space in the file. The copy needs no crash safety (it becomes the catalogue only once it is
     * complete and verified), and without reuse its file would grow several times over while the
     * rows are copied.
     */
    String workCopyUrl(boolean encrypted) {
        return jdbcUrl(encrypted).replace(";REUSE_SPACE=FALSE", "");
    }

    /**
     * The length the catalogue file had when it was last closed, kept beside it in
     * {@value #CLOSED_RECORD} (numbers, nothing of the catalogue's content). Since the file only
     * grows while open (REUSE_SPACE=FALSE), a file found shorter than that at the next open was
     * cut short: H2 itself would open it silently at an earlier state. A second line,
     * {@code compacted=N}, keeps the file's length after its last compaction or rewrite, which
     * {@link CompactionPolicy} measures the growth from.
     */
    static final String CLOSED_RECORD = "catalogue.closed";

    private static final String COMPACTED = "compacted=";

    /** As {@link #recordClosedLength(long)} without knowing the length at open. */
    void recordClosedLength() {
        recordClosedLength(0);
    }

    /**
     * Records the file's length now (the catalogue has just been closed), keeping the length
     * after the last compaction. When none is recorded (a new catalogue, or one just rewritten or
     * restored) it starts at {@code openedLength}, the length when this session opened the file
     * (or at the length now when that is unknown); when the file is shorter than it, it was
     * compacted in place (as the synthetic generator does) and starts at the length now. Best effort.
     */
    void recordClosedLength(long openedLength) {
        try {
            if (Files.exists(databaseFile())) {
                long length = Files.size(databaseFile());
                long start = openedLength > 0 && openedLength <= length ? openedLength : length;
                writeRecord(length, Math.min(length, compactedLength().orElse(start)));
            }
        } catch (IOException | RuntimeException e) {
            // without the record the next open checks a little less; nothing else depends on it
        }
    }

    /** Records the file's length now as its length at close and after compaction (a compaction just made it). */
    void recordCompactedLength() throws IOException {
        long length = Files.size(databaseFile());
        writeRecord(length, length);
    }

    private void writeRecord(long closed, long compacted) throws IOException {
        Path record = folder.resolve(CLOSED_RECORD);
        Path temporary = folder.resolve(CLOSED_RECORD + ".tmp");
        Files.writeString(temporary, closed + "\n" + COMPACTED + compacted + "\n");
        if (isPosix(temporary)) {
            Files.setPosixFilePermissions(temporary, OWNER_FILE);
        }
        Files.move(temporary, record, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** The length recorded at the last close, if any is recorded and readable. */
    java.util.Optional<Long> closedLength() {
        return recorded("");
    }

    /** The length recorded after the last compaction or rewrite, if any is recorded and readable. */
    java.util.Optional<Long> compactedLength() {
        return recorded(COMPACTED);
    }

    /** The number of the record's first line (prefix "") or of its line starting with {@code prefix}. */
    private java.util.Optional<Long> recorded(String prefix) {
        try {
            java.util.List<String> lines = Files.readAllLines(folder.resolve(CLOSED_RECORD));
            for (String line : prefix.isEmpty() ? lines.subList(0, Math.min(1, lines.size())) : lines) {
                if (line.startsWith(prefix)) {
                    return java.util.Optional.of(Long.parseLong(line.substring(prefix.length()).trim()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // no record, or not one of ours: nothing recorded
        }
        return java.util.Optional.empty();
    }

    /** Forgets the recorded length: the file was replaced (a rewrite, a restore) or set aside. */
    void forgetClosedLength() throws IOException {
        Files.deleteIfExists(folder.resolve(CLOSED_RECORD));
    }

    /** Makes the database file readable and writable by its owner only (POSIX only). */
    void restrictDatabaseFile() throws IOException {
        Path file = databaseFile();
        if (isPosix(file) && Files.exists(file)) {
            Files.setPosixFilePermissions(file, OWNER_FILE);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
