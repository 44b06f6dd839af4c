package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/**
 * The small text file beside an encrypted catalogue ({@value #FILE_NAME}) that says how its key
 * is derived from the password: the format version, the key-derivation function and its
 * parameters, a random salt, and a check value (HMAC-SHA256 under the derived key of a fixed
 * label) that recognises a wrong password without touching the database. It holds neither the
 * key nor any catalogue data; without it the catalogue cannot be opened even with the right
 * password, so a backup of an encrypted catalogue carries a copy of it.
 *
 * <pre>
 * # Liaison Log key file …
 * format=1
 * kdf=argon2id
 * memoryKib=131072
 * iterations=3
 * parallelism=1
 * salt=…hex…
 * check=…hex…
 * </pre>
 */
public final class KeyFile {

    /** The key file's name in the catalogue folder. */
    public static final String FILE_NAME = "catalogue.key";

    /** The format this class writes (and the only one it reads). */
    public static final int FORMAT = 1;

    private static final int SALT_LENGTH = 32;
    private static final byte[] CHECK_LABEL = "Liaison Log catalogue key check v1".getBytes(StandardCharsets.US_ASCII);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final HexFormat HEX = HexFormat.of();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyDerivation.Parameters parameters;
    private final byte[] salt;
    private final byte[] check;

    private KeyFile(KeyDerivation.Parameters parameters, byte[] salt, byte[] check) {
        this.parameters = parameters;
        this.salt = salt.clone();
        this.check = check.clone();
    }

    /** The derivation parameters this key file names. */
    public KeyDerivation.Parameters parameters() {
        return parameters;
    }

    /** The key file's path in {@code folder}. */
    public static Path in(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    /** True when {@code folder} holds a key file. */
    public static boolean existsIn(Path folder) {
        return Files.exists(in(folder));
    }

    /**
     * A new key file for {@code passphrase}: a fresh random salt, the key derived with
     * {@code parameters}, and its check value. Returns it with the derived key (nothing is written).
     */
    public static Created create(char[] passphrase, KeyDerivation.Parameters parameters) {
        byte[] salt = new byte[SALT_LENGTH];
        RANDOM.nextBytes(salt);
        FileKey key = KeyDerivation.derive(passphrase, salt, parameters);
        return new Created(new KeyFile(parameters, salt, checkValue(key)), key);
    }

    /** A new key file and the key derived for it. */
    public record Created(KeyFile keyFile, FileKey key) {
    }

    /**
     * The key {@code passphrase} derives under this key file's salt and parameters, once the
     * check value shows it is the right one (about half a second with the default parameters).
     *
     * @throws WrongPasswordException when it is not
     */
    public FileKey unlock(char[] passphrase) {
        FileKey key = KeyDerivation.derive(passphrase, salt, parameters);
        if (!MessageDigest.isEqual(checkValue(key), check)) {
            throw new WrongPasswordException();
        }
        return key;
    }

    /** The key {@code passphrase} derives under this key file's salt and parameters, unchecked. */
    FileKey derive(char[] passphrase) {
        return KeyDerivation.derive(passphrase, salt, parameters);
    }

    /** True when {@code key} is the key of this key file (compared in constant time). */
    public boolean matches(FileKey key) {
        return MessageDigest.isEqual(checkValue(key), check);
    }

    /**
     * Reads the key file in {@code folder}.
     *
     * @throws CatalogueException "error.keyFileMissing" when there is none, "error.keyFileDamaged"
     *                            when it cannot be read as a key file
     */
    public static KeyFile readFrom(Path folder) {
        return read(in(folder));
    }

    /** Reads a key file from any path (e.g. the copy kept beside a backup). */
    public static KeyFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new CatalogueException("error.keyFileMissing",
                    "The catalogue's key file (" + FILE_NAME + ") is missing; without it the catalogue cannot be opened",
                    e);
        } catch (IOException e) {
            throw damaged(e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            if (equals <= 0 || values.put(trimmed.substring(0, equals), trimmed.substring(equals + 1)) != null) {
                throw damaged(null);
            }
        }
        try {
            if (!String.valueOf(FORMAT).equals(values.get("format"))
                    || !KeyDerivation.ARGON2ID.equals(values.get("kdf"))) {
                throw damaged(null);
            }
            KeyDerivation.Parameters parameters = new KeyDerivation.Parameters(
                    Integer.parseInt(required(values, "memoryKib")), Integer.parseInt(required(values, "iterations")),
                    Integer.parseInt(required(values, "parallelism")));
            byte[] salt = HEX.parseHex(required(values, "salt"));
            byte[] check = HEX.parseHex(required(values, "check"));
            if (salt.length < KeyDerivation.MIN_SALT_LENGTH || check.length != 32) {
                throw damaged(null);
            }
            return new KeyFile(parameters, salt, check);
        } catch (IllegalArgumentException e) {
            throw damaged(e);
        }
    }

    private static String required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    private static CatalogueException damaged(Throwable cause) {
        return new CatalogueException("error.keyFileDamaged",
                "The catalogue's key file (" + FILE_NAME + ") is damaged; restore it from a backup", cause);
    }

    /**
     * Writes this key file into {@code folder} as {@value #FILE_NAME}, atomically: a temporary
     * file in the same folder, owner-only on POSIX, forced to disk, then moved over the name.
     */
    public void writeTo(Path folder) throws IOException {
        write(in(folder));
    }

    /** Writes this key file at {@code file}, atomically, as {@link #writeTo} does. */
    public void write(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Path temp = folder.resolve(file.getFileName() + ".tmp");
        Files.deleteIfExists(temp);
        if (isPosix(folder)) {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(OWNER_FILE));
            Files.setPosixFilePermissions(temp, OWNER_FILE);
        } else {
            Files.createFile(temp);
        }
        try {
            try (var channel = Files.newByteChannel(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC)) {
                channel.write(java.nio.ByteBuffer.wrap(text().getBytes(StandardCharsets.UTF_8)));
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Copies the key file of {@code fromFolder} into {@code toFolder} (e.g. beside a backup),
     * checking that it reads as a key file first; the copy is written atomically and owner-only.
     */
    public static KeyFile copy(Path fromFolder, Path toFolder) throws IOException {
        KeyFile keyFile = readFrom(fromFolder);
        keyFile.writeTo(toFolder);
        return keyFile;
    }

    String text() {
        return "# Liaison Log key file: how the catalogue's key is derived from its password."
                + " It holds no catalogue data and no key.\n"
                + "# Without this file the catalogue cannot be opened, even with the right password.\n"
                + "format=" + FORMAT + "\n"
                + "kdf=" + KeyDerivation.ARGON2ID + "\n"
                + "memoryKib=" + parameters.memoryKib() + "\n"
                + "iterations=" + parameters.iterations() + "\n"
                + "parallelism=" + parameters.parallelism() + "\n"
                + "salt=" + HEX.formatHex(salt) + "\n"
                + "check=" + HEX.formatHex(check) + "\n";
    }

    private static byte[] checkValue(FileKey key) {
        byte[] bytes = key.bytes();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(CHECK_LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this Java", e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyFile that && parameters.equals(that.parameters) && Arrays.equals(salt, that.salt)
                && Arrays.equals(check, that.check);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
        return "KeyFile[" + KeyDerivation.ARGON2ID + " " + parameters + "]";
    }
}
