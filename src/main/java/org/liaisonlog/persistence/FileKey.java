package org.liaisonlog.persistence;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The key an encrypted catalogue file is opened with (H2's {@code CIPHER=AES}): 32 bytes
 * derived from the user's passphrase by a slow key-derivation function, never stored anywhere.
 * H2 takes a file password; it gets the key written in hex, which is already as strong as the
 * key, so H2's own weak derivation of a file key from that password adds nothing and costs nothing.
 */
public final class FileKey {

    /** The length of a file key in bytes. */
    public static final int LENGTH = 32;

    private final byte[] key;

    private FileKey(byte[] key) {
        this.key = key.clone();
    }

    /** The key from its bytes (copied). */
    public static FileKey of(byte[] key) {
        if (key.length != LENGTH) {
            throw new IllegalArgumentException("A file key has " + LENGTH + " bytes");
        }
        return new FileKey(key);
    }

    /** A copy of the key's bytes. */
    public byte[] bytes() {
        return key.clone();
    }

    /**
     * The password H2 is given for a file opened with {@code CIPHER=AES}: the file password, a
     * space, then the user's password (ours is empty).
     */
    String h2Password(String userPassword) {
        return HexFormat.of().formatHex(key) + " " + userPassword;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FileKey that && Arrays.equals(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    /** Never the key itself: a key must not reach a log. */
    @Override
    public String toString() {
        return "FileKey[hidden]";
    }
}
