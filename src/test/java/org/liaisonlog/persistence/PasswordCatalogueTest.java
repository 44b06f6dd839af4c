package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/** An encrypted catalogue opened with its password: created, reopened, refused on a wrong password. */
class PasswordCatalogueTest {

    private static final KeyDerivation.Parameters CHEAP = KeyDerivationTest.CHEAP;
    private static final String DISTINCTIVE = "Vorblintsev Working Group on Precursors";

    @TempDir
    Path temp;

    @Test
    void aNewEncryptedCatalogueHasItsKeyFileAndOpensWithItsPassword() {
        Path folder = temp.resolve("secret");
        try (H2Catalogue catalogue = H2Catalogue.open(folder, "open sesame".toCharArray(), CHEAP)) {
            assertThat(catalogue.createdNow()).isTrue();
            assertThat(catalogue.isEncrypted()).isTrue();
            catalogue.organisations().insert(Fixtures.organisation(DISTINCTIVE, "VWG"));
        }
        assertThat(KeyFile.in(folder)).exists();
        assertThat(H2Catalogue.isEncrypted(folder)).isTrue();
        assertThat(KeyFile.readFrom(folder).parameters()).isEqualTo(CHEAP);

        try (H2Catalogue catalogue = H2Catalogue.open(folder, "open sesame".toCharArray())) {
            assertThat(catalogue.createdNow()).isFalse();
            assertThat(catalogue.organisations().findAll()).anyMatch(o -> o.name().equals(DISTINCTIVE));
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainlyAndTouchesNothing() throws IOException {
        Path folder = temp.resolve("secret");
        try (H2Catalogue catalogue = H2Catalogue.open(folder, "open sesame".toCharArray(), CHEAP)) {
            catalogue.organisations().insert(Fixtures.organisation(DISTINCTIVE, "VWG"));
        }
        byte[] database = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        byte[] key = Files.readAllBytes(KeyFile.in(folder));
        long modified = Files.getLastModifiedTime(folder.resolve(CatalogueFolder.DATABASE_FILE)).toMillis();
        List<Path> before = files(folder);

        assertThatThrownBy(() -> H2Catalogue.open(folder, "open sesame!".toCharArray()))
                .isInstanceOf(WrongPasswordException.class)
                .hasMessage("Wrong password");
        assertThatThrownBy(() -> H2Catalogue.open(folder, "".toCharArray()))
                .isInstanceOf(WrongPasswordException.class);

        assertThat(Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE))).isEqualTo(database);
        assertThat(Files.readAllBytes(KeyFile.in(folder))).isEqualTo(key);
        assertThat(Files.getLastModifiedTime(folder.resolve(CatalogueFolder.DATABASE_FILE)).toMillis())
                .isEqualTo(modified);
        assertThat(files(folder)).isEqualTo(before);
        // and another try with the right one works
        try (H2Catalogue catalogue = H2Catalogue.open(folder, "open sesame".toCharArray())) {
            assertThat(catalogue.organisations().findAll()).anyMatch(o -> o.name().equals(DISTINCTIVE));
        }
    }

    @Test
    void anEncryptedCatalogueIsNotOpenedWithoutItsPassword() {
        Path folder = temp.resolve("secret");
        H2Catalogue.open(folder, "pw".toCharArray(), CHEAP).close();

        assertThatThrownBy(() -> H2Catalogue.open(folder))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.passwordNeeded");
    }

    @Test
    void aPlainCatalogueIsNotOpenedWithAPasswordAndIsNotEncrypted() {
        Path folder = temp.resolve("plain");
        try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
            assertThat(catalogue.isEncrypted()).isFalse();
            assertThat(catalogue.acceptsPassphrase("".toCharArray())).isFalse();
            assertThat(catalogue.acceptsPassphrase("anything".toCharArray())).isFalse();
        }
        assertThat(H2Catalogue.isEncrypted(folder)).isFalse();
        assertThat(KeyFile.in(folder)).doesNotExist();

        assertThatThrownBy(() -> H2Catalogue.open(folder, "pw".toCharArray(), CHEAP))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.catalogueNotEncrypted");
        assertThat(KeyFile.in(folder)).doesNotExist();
    }

    @Test
    void theLockScreenAsksTheOpenCatalogueWhetherAPasswordIsItsOwn() {
        Path folder = temp.resolve("secret");
        try (H2Catalogue catalogue = H2Catalogue.open(folder, "open sesame".toCharArray(), CHEAP)) {
            assertThat(catalogue.acceptsPassphrase("open sesame".toCharArray())).isTrue();
            assertThat(catalogue.acceptsPassphrase("open sesam".toCharArray())).isFalse();
            assertThat(catalogue.acceptsPassphrase("".toCharArray())).isFalse();
        }
    }

    @Test
    void aDamagedKeyFileStopsTheOpenAndTheDatabaseIsUntouched() throws IOException {
        Path folder = temp.resolve("secret");
        H2Catalogue.open(folder, "pw".toCharArray(), CHEAP).close();
        byte[] database = Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE));
        Files.writeString(KeyFile.in(folder), "format=1\nkdf=argon2id\n");

        assertThatThrownBy(() -> H2Catalogue.open(folder, "pw".toCharArray()))
                .isInstanceOf(CatalogueException.class)
                .extracting(e -> ((CatalogueException) e).messageKey()).isEqualTo("error.keyFileDamaged");
        assertThat(Files.readAllBytes(folder.resolve(CatalogueFolder.DATABASE_FILE))).isEqualTo(database);
    }

    /**
     * H2 puts a result too large for memory in a temporary file; of an encrypted database that
     * file is encrypted with the database's key (the contrast: of a plain one it is readable).
     */
    @Test
    void largeResultsOfAnEncryptedCatalogueSpillOnlyEncrypted() throws Exception {
        assertThat(spilledText(temp.resolve("plain"), null)).isTrue();
        assertThat(spilledText(temp.resolve("secret"), KeyFile.create("pw".toCharArray(), CHEAP).key())).isFalse();
    }

    /**
     * Whether a large sorted result's temporary files held the distinctive text. H2 makes them
     * in the JVM's temporary folder (which Java fixes at start), so the new h2tmp files there are
     * the ones this query made (the text is unique to this test).
     */
    private static boolean spilledText(Path folder, FileKey key) throws Exception {
        H2Catalogue.open(folder, key).close();
        String url = new CatalogueFolder(folder).jdbcUrl(key != null);
        String password = key == null ? "" : key.h2Password("");
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = h2TempFiles(tmp);
        boolean found = false;
        int spilled = 0;
        try (Connection connection = DriverManager.getConnection(url, "sa", password);
             Statement statement = connection.createStatement()) {
            // H2 keeps a temporary result in memory up to several megabytes before it writes it out
            statement.execute("CREATE TABLE SPILL_TEST(ID INT PRIMARY KEY, NAME VARCHAR(1000))");
            statement.execute("INSERT INTO SPILL_TEST SELECT X, '" + DISTINCTIVE + " ' || X || REPEAT('.', 500)"
                    + " FROM SYSTEM_RANGE(1, 30000)");
            statement.execute("SET MAX_MEMORY_ROWS 10");
            try (ResultSet rows = statement.executeQuery("SELECT NAME, ID FROM SPILL_TEST ORDER BY NAME DESC")) {
                rows.next();
                List<Path> made = h2TempFiles(tmp);
                made.removeAll(before);
                spilled = made.size();
                for (Path file : made) {
                    found |= new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains(DISTINCTIVE);
                }
            }
        }
        assertThat(spilled).as("H2 wrote the large result to a temporary file").isPositive();
        return found;
    }

    private static List<Path> h2TempFiles(Path tmp) throws IOException {
        try (Stream<Path> list = Files.list(tmp)) {
            return new ArrayList<>(list.filter(p -> p.getFileName().toString().startsWith("h2tmp")).toList());
        }
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return new ArrayList<>(walk.filter(Files::isRegularFile).sorted().toList());
        }
    }
}
