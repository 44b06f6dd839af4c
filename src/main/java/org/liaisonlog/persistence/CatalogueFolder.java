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
     * {@value #CLOSED_RECORD} (a number, nothing of the catalogue's content). Since the file only
     * grows while open (REUSE_SPACE=FALSE), a file found shorter than that at the next open was
     * cut short: H2 itself would open it silently at an earlier state.
     */
    static final String CLOSED_RECORD = "catalogue.closed";

    /** Records the file's length now (the catalogue has just been closed); best effort. */
    void recordClosedLength() {
        Path file = databaseFile();
        try {
            if (Files.exists(file)) {
                Path record = folder.resolve(CLOSED_RECORD);
                Path temporary = folder.resolve(CLOSED_RECORD + ".tmp");
                Files.writeString(temporary, Long.toString(Files.size(file)));
                if (isPosix(temporary)) {
                    Files.setPosixFilePermissions(temporary, OWNER_FILE);
                }
                Files.move(temporary, record, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | RuntimeException e) {
            // without the record the next open checks a little less; nothing else depends on it
        }
    }

    /** The length recorded at the last close, if any is recorded and readable. */
    java.util.Optional<Long> closedLength() {
        try {
            return java.util.Optional.of(Long.parseLong(Files.readString(folder.resolve(CLOSED_RECORD)).trim()));
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
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
