package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/** The key file beside an encrypted catalogue: written and read back, checking passwords, refusing damage. */
class KeyFileTest {

    private static final KeyDerivation.Parameters CHEAP = KeyDerivationTest.CHEAP;

    @TempDir
    Path temp;

    @Test
    void roundTripsAndRecognisesItsPassword() throws IOException {
        KeyFile.Created created = KeyFile.create("correct horse".toCharArray(), CHEAP);
        created.keyFile().writeTo(temp);

        KeyFile read = KeyFile.readFrom(temp);
        assertThat(read).isEqualTo(created.keyFile());
        assertThat(read.parameters()).isEqualTo(CHEAP);
        assertThat(read.unlock("correct horse".toCharArray())).isEqualTo(created.key());
        assertThat(read.matches(created.key())).isTrue();
        assertThatThrownBy(() -> read.unlock("correct hors".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessage("Wrong password")
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.wrongPassword");
    }

    @Test
    void holdsTheSaltAndParametersButNotTheKey() throws IOException {
        KeyFile.Created created = KeyFile.create("correct horse".toCharArray(), CHEAP);
        created.keyFile().writeTo(temp);
        String text = Files.readString(KeyFile.in(temp));

        assertThat(text).contains("format=1", "kdf=argon2id", "memoryKib=1024", "iterations=1", "parallelism=1",
                "salt=", "check=");
        assertThat(text).doesNotContain(HexFormat.of().formatHex(created.key().bytes()));
        assertThat(text).doesNotContain("correct horse");
        assertThat(temp.resolve(KeyFile.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void twoKeyFilesOfOnePasswordHaveDifferentSaltsAndKeys() {
        KeyFile.Created one = KeyFile.create("same".toCharArray(), CHEAP);
        KeyFile.Created two = KeyFile.create("same".toCharArray(), CHEAP);

        assertThat(one.keyFile()).isNotEqualTo(two.keyFile());
        assertThat(one.key()).isNotEqualTo(two.key());
    }

    @Test
    void isReadableByItsOwnerOnly() throws IOException {
        assumeTrue(temp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        KeyFile.create("pw".toCharArray(), CHEAP).keyFile().writeTo(temp);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyFile.in(temp))))
                .isEqualTo("rw-------");
        // replacing it keeps it so
        KeyFile.create("pw2".toCharArray(), CHEAP).keyFile().writeTo(temp);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(KeyFile.in(temp))))
                .isEqualTo("rw-------");
    }

    @Test
    void copiesToAnotherFolderAndReadsFromAnyPath() throws IOException {
        KeyFile.Created created = KeyFile.create("pw".toCharArray(), CHEAP);
        created.keyFile().writeTo(temp);
        Path beside = Files.createDirectories(temp.resolve("backups"));

        KeyFile copied = KeyFile.copy(temp, beside);

        assertThat(copied).isEqualTo(created.keyFile());
        assertThat(KeyFile.read(beside.resolve(KeyFile.FILE_NAME)).unlock("pw".toCharArray())).isEqualTo(created.key());
    }

    @Test
    void aDamagedKeyFileIsRefusedPlainly() throws IOException {
        KeyFile.create("pw".toCharArray(), CHEAP).keyFile().writeTo(temp);
        Path file = KeyFile.in(temp);
        String good = Files.readString(file);

        for (String damaged : new String[] {
            good.replace("format=1", "format=9"),
            good.replace("kdf=argon2id", "kdf=scrypt"),
            good.replaceAll("salt=[0-9a-f]+", "salt=00ff"),
            good.replaceAll("check=[0-9a-f]+", "check=zz"),
            good.replaceAll("memoryKib=\\d+", "memoryKib=lots"),
            good.replaceAll("iterations=\\d+\\n", ""),
            good + "salt=00\n",
            good.substring(0, good.length() / 2),
            "",
        }) {
            Files.writeString(file, damaged, StandardCharsets.UTF_8);
            assertThatThrownBy(() -> KeyFile.readFrom(temp))
                    .as(damaged)
                    .isInstanceOf(CatalogueException.class)
                    .isNotInstanceOf(WrongPasswordException.class)
                    .hasMessageContaining("key file (catalogue.key) is damaged")
                    .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.keyFileDamaged");
        }
        Files.delete(file);
        assertThatThrownBy(() -> KeyFile.readFrom(temp))
                .isInstanceOf(CatalogueException.class)
                .hasMessageContaining("missing")
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.keyFileMissing");
    }

    @Test
    void aChangedCheckValueMakesTheRightPasswordWrong() throws IOException {
        KeyFile.create("pw".toCharArray(), CHEAP).keyFile().writeTo(temp);
        Path file = KeyFile.in(temp);
        String text = Files.readString(file);
        int at = text.indexOf("check=") + "check=".length();
        char flipped = text.charAt(at) == '0' ? '1' : '0';
        Files.writeString(file, text.substring(0, at) + flipped + text.substring(at + 1));

        assertThatThrownBy(() -> KeyFile.readFrom(temp).unlock("pw".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);
    }
}
