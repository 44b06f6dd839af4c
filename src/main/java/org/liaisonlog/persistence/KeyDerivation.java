package org.liaisonlog.persistence;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Derives a catalogue's {@link FileKey} from the user's passphrase with Argon2id (RFC 9106), a
 * slow, memory-hard function: every guess of an attacker who has the files costs as much
 * memory and time as an honest open. The salt and the parameters are not secret; they are kept
 * in the catalogue's {@link KeyFile}. See docs/decisions/0013-catalogue-encryption.md.
 */
public final class KeyDerivation {

    /** The name of the function as the key file writes it. */
    public static final String ARGON2ID = "argon2id";

    /**
     * The cost of one derivation: memory in KiB, passes over it, and lanes.
     *
     * @param memoryKib   memory in KiB, at least 8 per lane
     * @param iterations  passes over the memory, at least 1
     * @param parallelism lanes, 1 to 16
     */
    public record Parameters(int memoryKib, int iterations, int parallelism) {

        public Parameters {
            if (parallelism < 1 || parallelism > 16) {
                throw new IllegalArgumentException("parallelism must be between 1 and 16");
            }
            if (iterations < 1 || iterations > 100) {
                throw new IllegalArgumentException("iterations must be between 1 and 100");
            }
            if (memoryKib < 8 * parallelism || memoryKib > 4 * 1024 * 1024) {
                throw new IllegalArgumentException("memory must be between 8 KiB per lane and 4 GiB");
            }
        }
    }

    /**
     * The parameters new keys are derived with: tuned to about half a second on the development
     * laptop (2 cores), measured with {@code liaison-log bench kdf}; the figures are in decision 13.
     */
    public static final Parameters DEFAULT = new Parameters(131_072, 4, 1);

    /** The least salt length accepted, in bytes. */
    public static final int MIN_SALT_LENGTH = 16;

    private KeyDerivation() {
    }

    /**
     * The file key of {@code passphrase} under {@code salt} and {@code parameters}. The
     * passphrase is read, not changed; the UTF-8 bytes made of it are wiped before returning.
     */
    public static FileKey derive(char[] passphrase, byte[] salt, Parameters parameters) {
        if (salt.length < MIN_SALT_LENGTH) {
            throw new IllegalArgumentException("the salt must have at least " + MIN_SALT_LENGTH + " bytes");
        }
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(parameters.memoryKib())
                .withIterations(parameters.iterations())
                .withParallelism(parameters.parallelism())
                .build());
        byte[] password = utf8(passphrase);
        byte[] key = new byte[FileKey.LENGTH];
        try {
            generator.generateBytes(password, key);
            return FileKey.of(key);
        } finally {
            Arrays.fill(password, (byte) 0);
            Arrays.fill(key, (byte) 0);
        }
    }

    /** The passphrase's UTF-8 bytes, made without an intermediate String (which could not be wiped). */
    private static byte[] utf8(char[] passphrase) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        if (encoded.hasArray()) {
            Arrays.fill(encoded.array(), (byte) 0);
        }
        return bytes;
    }
}
