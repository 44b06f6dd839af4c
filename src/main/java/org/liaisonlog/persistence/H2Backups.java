package org.liaisonlog.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupNames;
import org.liaisonlog.logic.backup.Backups;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.logic.backup.RecordCounts;

/**
 * Backups of an open {@link H2Catalogue}. H2's {@code BACKUP TO} writes a consistent copy of the
 * open database into a zip (in the backup folder itself, owner-only, so no catalogue data passes
 * through the temp folder); the one file in it is unpacked as {@code catalogue-YYYYMMDD-HHMMSS.mv.db}
 * (owner-only) and the zip deleted. The copy is then opened read-only (with the same key when the
 * catalogue is encrypted: {@code BACKUP TO} copies the encrypted file as it is) and given the full
 * {@link CatalogueCheck}; its counts go into a small manifest beside it. Only a verified backup
 * is kept, and only after it is verified are older ones beyond the number to keep removed.
 */
public final class H2Backups implements Backups {

    /**
     * The name of the file beside an encrypted catalogue that its key is derived with (salt and
     * parameters); a backup of an encrypted catalogue keeps a copy of it as {@code ….key}.
     */
    static final String KEY_FILE = KeyFile.FILE_NAME;

    private static final String OWNER_FILE = "rw-------";
    private static final String OWNER_FOLDER = "rwx------";

    private final H2Catalogue catalogue;
    private final Clock clock;
    private final Consumer<Path> beforeVerifying;

    public H2Backups(H2Catalogue catalogue, Clock clock) {
        this(catalogue, clock, file -> { });
    }

    /** With a seam for tests: {@code beforeVerifying} gets the unpacked copy before it is verified. */
    H2Backups(H2Catalogue catalogue, Clock clock, Consumer<Path> beforeVerifying) {
        this.catalogue = catalogue;
        this.clock = clock;
        this.beforeVerifying = beforeVerifying;
    }

    @Override
    public BackupInfo backUp(Path folder, int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("keep at least one backup");
        }
        Path target;
        Instant madeAt = clock.instant();
        try {
            folder = prepareFolder(folder);
            target = BackupNames.newBackup(folder, madeAt, zone());
        } catch (IOException | RuntimeException e) {
            throw new BackupException("backup.failed.folder", "The backup folder could not be written to", e);
        }
        Path zip = BackupNames.beside(target, BackupNames.ZIP_SUFFIX);
        Path key = BackupNames.beside(target, BackupNames.KEY_SUFFIX);
        boolean encrypted = catalogue.fileKey() != null;
        try {
            createOwnerOnly(zip);
            Path zipFile = zip;
            catalogue.dsl().connection(connection -> backUpTo(connection, zipFile));
            unpack(zip, target);
            if (encrypted) {
                Path keyFile = catalogue.folder().resolve(KEY_FILE);
                if (Files.exists(keyFile)) {
                    createOwnerOnly(key);
                    Files.copy(keyFile, key, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            deleteQuietly(key);
            throw new BackupException("backup.failed", "The backup could not be made", e);
        } finally {
            deleteQuietly(zip);
        }

        beforeVerifying.accept(target);
        RecordCounts counts;
        try (Connection connection = ReadOnlyFile.open(target, catalogue.fileKey())) {
            CheckReport report = CatalogueCheck.runFull(connection);
            if (!report.sound()) {
                throw new BackupException("backup.failed.verify", "The backup did not pass its check");
            }
            counts = CatalogueCheck.counts(connection);
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(target);
            deleteQuietly(key);
            throw e instanceof BackupException backup ? backup
                    : new BackupException("backup.failed.verify", "The backup could not be opened to verify it", e);
        }

        BackupInfo made;
        try {
            made = new BackupInfo(target, madeAt, Files.size(target), counts, true, encrypted);
            writeManifest(made);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(target);
            deleteQuietly(key);
            deleteQuietly(BackupNames.beside(target, BackupNames.MANIFEST_SUFFIX));
            throw new BackupException("backup.failed", "The backup's manifest could not be written", e);
        }
        rotate(folder, keep, made);
        return made;
    }

    @Override
    public List<BackupInfo> list(Path folder) {
        return listFolder(folder);
    }

    /** The backups in {@code folder}, newest first: those with a manifest as it says, others unverified. */
    static List<BackupInfo> listFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "catalogue-*" + BackupNames.DATABASE_SUFFIX)) {
            for (Path file : files) {
                if (BackupNames.isBackup(file) && Files.isRegularFile(file)) {
                    found.add(describe(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(BackupInfo::madeAt).thenComparing(info -> info.file().getFileName().toString())
                .reversed());
        return List.copyOf(found);
    }

    /** Removes verified backups beyond the newest {@code keep}; never {@code made}, never an unverified file. */
    private static void rotate(Path folder, int keep, BackupInfo made) {
        List<BackupInfo> verified = listFolder(folder).stream().filter(BackupInfo::verified).toList();
        int kept = 0;
        for (BackupInfo backup : verified) {
            if (backup.file().equals(made.file()) || kept < keep - 1) {
                if (!backup.file().equals(made.file())) {
                    kept++;
                }
                continue;
            }
            remove(backup.file());
        }
    }

    /** Deletes a backup with its manifest and key copy: the manifest last, so a half-removed backup lists as unverified. */
    private static void remove(Path backup) {
        deleteQuietly(BackupNames.beside(backup, BackupNames.KEY_SUFFIX));
        deleteQuietly(backup);
        deleteQuietly(BackupNames.beside(backup, BackupNames.MANIFEST_SUFFIX));
    }

    private static void backUpTo(Connection connection, Path zip) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + zip.toAbsolutePath().toString().replace("'", "''") + "'");
        }
    }

    /** Unpacks the one database file in H2's backup zip into {@code target}, created owner-only. */
    private static void unpack(Path zip, Path target) throws IOException {
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory() || !entry.getName().endsWith(BackupNames.DATABASE_SUFFIX)) {
                    continue;
                }
                if (found) {
                    throw new IOException("The backup holds more than one database file");
                }
                found = true;
                createOwnerOnly(target);
                try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
                        StandardOpenOption.TRUNCATE_EXISTING)) {
                    in.transferTo(out);
                }
            }
        }
        if (!found) {
            throw new IOException("The backup holds no database file");
        }
    }

    /** The backup {@code file} as its manifest describes it (unverified when it has none). */
    public static BackupInfo describe(Path file) {
        Path manifest = BackupNames.beside(file, BackupNames.MANIFEST_SUFFIX);
        Instant fromName = BackupNames.madeAt(file, ZoneId.systemDefault()).orElse(Instant.EPOCH);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = 0;
        }
        if (!Files.isRegularFile(manifest)) {
            return new BackupInfo(file, fromName, size, RecordCounts.NONE, false,
                    Files.exists(BackupNames.beside(file, BackupNames.KEY_SUFFIX)));
        }
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            p.load(reader);
            RecordCounts counts = new RecordCounts(number(p, "events"), number(p, "attendance"), number(p, "trips"),
                    number(p, "people"), number(p, "organisations"));
            boolean verified = Boolean.parseBoolean(p.getProperty("verified"))
                    && number(p, "size") == size;
            return new BackupInfo(file, Instant.parse(p.getProperty("madeAt")), size, counts, verified,
                    Boolean.parseBoolean(p.getProperty("encrypted")));
        } catch (IOException | RuntimeException e) {
            return new BackupInfo(file, fromName, size, RecordCounts.NONE, false, false);
        }
    }

    private static long number(Properties p, String name) {
        return Long.parseLong(p.getProperty(name, "0").trim());
    }

    /** The manifest: numbers, times and flags only, no catalogue text. Written through a temporary file. */
    private static void writeManifest(BackupInfo backup) throws IOException {
        Properties p = new Properties();
        p.setProperty("madeAt", backup.madeAt().toString());
        p.setProperty("size", Long.toString(backup.size()));
        p.setProperty("events", Long.toString(backup.counts().events()));
        p.setProperty("attendance", Long.toString(backup.counts().attendance()));
        p.setProperty("trips", Long.toString(backup.counts().trips()));
        p.setProperty("people", Long.toString(backup.counts().people()));
        p.setProperty("organisations", Long.toString(backup.counts().organisations()));
        p.setProperty("verified", Boolean.toString(backup.verified()));
        p.setProperty("encrypted", Boolean.toString(backup.encrypted()));
        Path manifest = BackupNames.beside(backup.file(), BackupNames.MANIFEST_SUFFIX);
        Path temporary = manifest.resolveSibling(manifest.getFileName() + ".tmp");
        deleteQuietly(temporary);
        createOwnerOnly(temporary);
        try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
            p.store(writer, "Liaison Log backup (no catalogue data)");
        }
        try {
            Files.move(temporary, manifest, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, manifest);
        }
    }

    /** Creates {@code folder} owner-only when it does not exist; leaves an existing folder's permissions. */
    static Path prepareFolder(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(absolute)) {
            if (isPosix(absolute.getParent() == null ? absolute : absolute.getParent())) {
                Files.createDirectories(absolute);
                Files.setPosixFilePermissions(absolute, PosixFilePermissions.fromString(OWNER_FOLDER));
            } else {
                Files.createDirectories(absolute);
            }
        }
        return absolute;
    }

    /** Creates an empty file readable and writable by its owner only (POSIX); fails if it exists. */
    static void createOwnerOnly(Path file) throws IOException {
        if (isPosix(file.getParent())) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(OWNER_FILE)));
        } else {
            Files.createFile(file);
        }
    }

    static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left behind; listed as an unverified backup at worst
        }
    }

    private ZoneId zone() {
        return clock.getZone();
    }
}
