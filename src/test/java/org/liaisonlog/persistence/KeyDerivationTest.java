package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Argon2id key derivation: deterministic for the same inputs, different for any change of them. */
class KeyDerivationTest {

    /** Cheap parameters for tests; the default stays as tuned. */
    static final KeyDerivation.Parameters CHEAP = new KeyDerivation.Parameters(1024, 1, 1);

    private static final byte[] SALT = new byte[16];

    @Test
    void theSameInputsGiveTheSameKey() {
        FileKey first = KeyDerivation.derive("pass phrase".toCharArray(), SALT, CHEAP);
        FileKey second = KeyDerivation.derive("pass phrase".toCharArray(), SALT.clone(), CHEAP);

        assertThat(first).isEqualTo(second);
        assertThat(first.bytes()).hasSize(FileKey.LENGTH);
    }

    @Test
    void theSaltThePasswordAndTheParametersEachChangeTheKey() {
        FileKey base = KeyDerivation.derive("pass phrase".toCharArray(), SALT, CHEAP);
        byte[] otherSalt = SALT.clone();
        otherSalt[15] = 1;

        assertThat(KeyDerivation.derive("pass phrase".toCharArray(), otherSalt, CHEAP)).isNotEqualTo(base);
        assertThat(KeyDerivation.derive("pass phrasE".toCharArray(), SALT, CHEAP)).isNotEqualTo(base);
        assertThat(KeyDerivation.derive("pass phrase".toCharArray(), SALT, new KeyDerivation.Parameters(1024, 2, 1)))
                .isNotEqualTo(base);
        assertThat(KeyDerivation.derive("pass phrase".toCharArray(), SALT, new KeyDerivation.Parameters(2048, 1, 1)))
                .isNotEqualTo(base);
    }

    @Test
    void givesWhatAnIndependentArgon2idGives() {
        // computed with Python's cryptography 48 (OpenSSL's Argon2id), not with Bouncy Castle
        FileKey key = KeyDerivation.derive("password".toCharArray(), "somesaltsomesalt".getBytes(),
                new KeyDerivation.Parameters(65_536, 2, 1));
        assertThat(hex(key)).isEqualTo("fc33b78139231d34b71626bd6245c1d72efa190ad605c3d8166a72adcedfa2c2");
        // a passphrase is taken as its UTF-8 bytes; the array is left as it was (the caller wipes it)
        char[] passphrase = "Пароль с кириллицей".toCharArray();
        char[] copy = passphrase.clone();
        assertThat(hex(KeyDerivation.derive(passphrase, SALT, CHEAP)))
                .isEqualTo("2c3e86920cc6aa3fa8bfb3e996df4b63ddb33384bf3b6816da4d9b1b7f38b741");
        assertThat(passphrase).isEqualTo(copy);
    }

    @Test
    void refusesAShortSaltAndNonsenseParameters() {
        assertThatThrownBy(() -> KeyDerivation.derive("x".toCharArray(), new byte[8], CHEAP))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyDerivation.Parameters(4, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyDerivation.Parameters(1024, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeyDerivation.Parameters(1024, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultIsAtLeastWhatOwaspAsksOfArgon2id() {
        // OWASP's least: 19 MiB and 2 passes (or more memory with fewer passes)
        assertThat(KeyDerivation.DEFAULT.memoryKib()).isGreaterThanOrEqualTo(19_456);
        assertThat(KeyDerivation.DEFAULT.memoryKib() * (long) KeyDerivation.DEFAULT.iterations())
                .isGreaterThanOrEqualTo(2L * 19_456);
    }

    static String hex(FileKey key) {
        return HexFormat.of().formatHex(key.bytes());
    }
}
