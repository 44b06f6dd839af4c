package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.KeyFile;

/**
 * {@code liaison-log encrypt|decrypt|passwd} and the commands that open an encrypted catalogue
 * ({@code search}, {@code report}), run in-process as {@code main} runs them, with the
 * passwords in files. The tests run without a terminal, as a script does.
 */
class CryptoCommandsTest extends InProcessCommands {

    private static final String PERSON = "Pustovitov";

    @TempDir
    Path temp;

    private Path catalogue;

    @BeforeEach
    void createCatalogue() {
        catalogue = exampleCatalogue(temp.resolve("catalogue"));
    }

    private String passwordFile(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file.toString();
    }

    private String header() throws IOException {
        byte[] bytes = Files.readAllBytes(catalogue.resolve("catalogue.mv.db"));
        return new String(bytes, 0, 9, StandardCharsets.ISO_8859_1);
    }

    private boolean databaseHolds(String text) throws IOException {
        byte[] bytes = Files.readAllBytes(catalogue.resolve("catalogue.mv.db"));
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void encryptThenUseThenChangeThePasswordThenDecrypt() throws IOException {
        String first = passwordFile("first.txt", "Ташкент 2018 – long enough\n");
        String second = passwordFile("second.txt", "another one\r\nsecond line is ignored\n");
        assertThat(databaseHolds(PERSON)).isTrue();

        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password-file", first))
                .as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("is encrypted", "cannot be recovered");
        assertThat(KeyFile.in(catalogue)).exists();
        assertThat(header()).isEqualTo("H2encrypt");
        assertThat(databaseHolds(PERSON)).isFalse();

        // the commands that open a catalogue take the password from its file
        assertThat(run("search", "--catalogue", catalogue.toString(), "--password-file", first, PERSON))
                .as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("[Pustovitov]");
        Path pdf = temp.resolve("list.pdf");
        assertThat(run("report", "attendance", "--catalogue", catalogue.toString(), "--password-file", first,
                "--out", pdf.toString(), "Sixth", "Conference")).as("stderr: %s", err).isZero();
        assertThat(Files.size(pdf)).isPositive();

        assertThat(run("passwd", "--catalogue", catalogue.toString(), "--password-file", first,
                "--new-password-file", second)).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("password", "changed");
        assertThat(run("search", "--catalogue", catalogue.toString(), "--password-file", first, PERSON)).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("liaison-log: Wrong password" + System.lineSeparator());
        assertThat(run("search", "--catalogue", catalogue.toString(), "--password-file", second, PERSON))
                .as("stderr: %s", err).isZero();

        assertThat(run("decrypt", "--catalogue", catalogue.toString(), "--password-file", second))
                .as("stderr: %s", err).isZero();
        assertThat(KeyFile.in(catalogue)).doesNotExist();
        assertThat(header()).startsWith("H:2,");
        assertThat(run("search", "--catalogue", catalogue.toString(), PERSON)).as("stderr: %s", err).isZero();
        // nothing left of the rewrites: the catalogue, and its length at its last close
        assertThat(folderNames()).containsExactly("catalogue.closed", "catalogue.mv.db");
    }

    @Test
    void aWrongPasswordIsOneLineExitOneAndChangesNothing() throws IOException {
        String right = passwordFile("right.txt", "right");
        String wrong = passwordFile("wrong.txt", "wrong");
        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password-file", right)).isZero();
        byte[] database = Files.readAllBytes(catalogue.resolve("catalogue.mv.db"));
        byte[] key = Files.readAllBytes(KeyFile.in(catalogue));

        for (String[] command : new String[][] {
            {"decrypt", "--catalogue", catalogue.toString(), "--password-file", wrong},
            {"passwd", "--catalogue", catalogue.toString(), "--password-file", wrong, "--new-password-file", right},
            {"search", "--catalogue", catalogue.toString(), "--password-file", wrong, PERSON},
            {"report", "attendance", "--catalogue", catalogue.toString(), "--password-file", wrong, "--out",
                temp.resolve("x.pdf").toString(), "Sixth"},
        }) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(1);
            assertThat(err.toString()).isEqualTo("liaison-log: Wrong password" + System.lineSeparator());
        }
        assertThat(Files.readAllBytes(catalogue.resolve("catalogue.mv.db"))).isEqualTo(database);
        assertThat(Files.readAllBytes(KeyFile.in(catalogue))).isEqualTo(key);
        assertThat(temp.resolve("x.pdf")).doesNotExist();
        assertThat(folderNames()).containsExactly("catalogue.key", "catalogue.mv.db");
    }

    @Test
    void withoutATerminalOrAFileThePasswordCannotBeAskedForExitTwo() throws IOException {
        // the tests run without a console, as a script does
        assertThat(run("encrypt", "--catalogue", catalogue.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("liaison-log: no terminal to ask the password on;")
                .contains("--password-file");
        assertThat(KeyFile.in(catalogue)).doesNotExist();

        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password-file",
                passwordFile("pw.txt", "pw"))).isZero();
        assertThat(run("search", "--catalogue", catalogue.toString(), PERSON)).isEqualTo(2);
        assertThat(err.toString()).startsWith("liaison-log: no terminal to ask the password on;");
        assertThat(run("report", "attendance", "--catalogue", catalogue.toString(), "--out",
                temp.resolve("x.pdf").toString(), "Sixth")).isEqualTo(2);
        assertThat(err.toString()).startsWith("liaison-log: no terminal to ask the password on;");
        assertThat(run("decrypt", "--catalogue", catalogue.toString())).isEqualTo(2);
        assertThat(run("passwd", "--catalogue", catalogue.toString(), "--password-file",
                temp.resolve("pw.txt").toString())).isEqualTo(2);
        assertThat(H2Catalogue.isEncrypted(catalogue)).isTrue();
    }

    @Test
    void thePasswordIsNeverAnArgumentAndAnEmptyOneIsRefused() throws IOException {
        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password", "secret")).isEqualTo(2);
        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password-file",
                passwordFile("empty.txt", "\nsecond line\n"))).isEqualTo(1);
        assertThat(err.toString()).contains("is empty");
        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password-file",
                temp.resolve("missing.txt").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("there is no file");
        assertThat(KeyFile.in(catalogue)).doesNotExist();
        assertThat(databaseHolds(PERSON)).isTrue();
    }

    @Test
    void aPasswordFileThatIsNotThereOrIsAFolderIsACommandLineErrorEvenWithoutAPassword() throws IOException {
        String missing = temp.resolve("nonexistent").toString();
        String folder = temp.toString();
        String pw = passwordFile("pw.txt", "pw");
        assertThat(H2Catalogue.isEncrypted(catalogue)).isFalse();

        for (String[] command : new String[][] {
            {"search", "--catalogue", catalogue.toString(), "--password-file", missing, PERSON},
            {"report", "attendance", "--catalogue", catalogue.toString(), "--password-file", missing, "--out",
                temp.resolve("x.pdf").toString(), "Sixth"},
            {"compact", "--catalogue", catalogue.toString(), "--password-file", missing},
            {"passwd", "--catalogue", catalogue.toString(), "--password-file", pw, "--new-password-file", missing},
        }) {
            assertThat(run(command)).as(String.join(" ", command)).isEqualTo(2);
            assertThat(err.toString().lines().toList()).as(String.join(" ", command)).hasSize(1).first().asString()
                    .startsWith("liaison-log: Invalid value for option '--").contains("there is no file " + missing);
        }
        assertThat(run("search", "--catalogue", catalogue.toString(), "--password-file", folder, PERSON)).isEqualTo(2);
        assertThat(err.toString()).contains(folder + " is a folder, not a file");
        assertThat(out.toString()).isEmpty();
        assertThat(temp.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void refusesWhatDoesNotApply() throws IOException {
        String pw = passwordFile("pw.txt", "pw");
        assertThat(run("decrypt", "--catalogue", catalogue.toString(), "--password-file", pw)).isEqualTo(1);
        assertThat(err.toString()).contains("is not encrypted");
        assertThat(run("passwd", "--catalogue", catalogue.toString(), "--password-file", pw)).isEqualTo(1);
        assertThat(run("encrypt", "--catalogue", temp.resolve("none").toString(), "--password-file", pw))
                .isEqualTo(1);
        assertThat(err.toString()).contains("there is no catalogue in");
        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password-file", pw)).isZero();
        assertThat(run("encrypt", "--catalogue", catalogue.toString(), "--password-file", pw)).isEqualTo(1);
        assertThat(err.toString()).contains("is already encrypted");
    }

    private java.util.List<String> folderNames() throws IOException {
        try (Stream<Path> list = Files.list(catalogue)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
