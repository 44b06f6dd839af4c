package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.persistence.H2Catalogue;

/** {@code backup}, {@code restore} and {@code check} run in-process as {@code main} runs them. */
class BackupCommandsTest extends InProcessCommands {

    @TempDir
    Path temp;

    private Path exampleCatalogue() {
        return exampleCatalogue(temp.resolve("catalogue"));
    }

    @Test
    void backupCheckAndRestoreEndToEnd() throws Exception {
        Path folder = exampleCatalogue();
        long organisations;
        try (H2Catalogue opened = H2Catalogue.open(folder)) {
            organisations = opened.organisations().count();
        }

        assertThat(run("--catalogue", folder.toString(), "backup")).as("stderr: %s", err).isZero();
        Matcher where = Pattern.compile("Backed up to (\\S+)").matcher(out.toString());
        assertThat(where.find()).as(out.toString()).isTrue();
        Path backup = Path.of(where.group(1));
        assertThat(backup).exists().hasParent(folder.toAbsolutePath().resolve("backups"));
        assertThat(out.toString()).contains("verified: ", organisations + " organisations",
                "1 verified backups in", "the newest 7 are kept");

        assertThat(run("check", "--catalogue", folder.toString())).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("ok      table ATTENDANCE: every row reads",
                "ok      links ATTENDANCE → EVENT (EVENT_ID)", "The catalogue is sound");
        assertThat(run("check", "--quick", "--catalogue", folder.toString())).isZero();
        assertThat(out.toString()).contains("Quick check of", "first and last rows read", "The catalogue is sound");

        try (H2Catalogue opened = H2Catalogue.open(folder)) {
            opened.organisations().insert(new Organisation(RecordStamp.fresh(), "Added after the backup", null, null,
                    java.util.List.of(), OrganisationKind.OTHER, null, null, null));
        }
        assertThat(run("restore", "--catalogue", folder.toString(), backup.toString())).as("stderr: %s", err).isZero();
        Matcher kept = Pattern.compile("kept as (\\S+)").matcher(out.toString());
        assertThat(kept.find()).as(out.toString()).isTrue();
        assertThat(Path.of(kept.group(1))).exists().hasParent(folder.toAbsolutePath());
        assertThat(Path.of(kept.group(1)).getFileName().toString()).startsWith("catalogue-replaced-");
        try (H2Catalogue opened = H2Catalogue.open(folder)) {
            assertThat(opened.organisations().count()).isEqualTo(organisations);
        }

        // --to puts it elsewhere
        Path stick = temp.resolve("stick");
        assertThat(run("backup", "--catalogue", folder.toString(), "--to", stick.toString())).isZero();
        try (Stream<Path> files = Files.list(stick)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.matches("catalogue-\\d{8}-\\d{6}\\.mv\\.db"));
        }
    }

    @Test
    void checkSaysDamagedWithExitOneAndNamesWhatFailed() throws Exception {
        Path folder = exampleCatalogue();
        Path file = folder.resolve("catalogue.mv.db");
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.seek(0);
            f.write(new byte[8192]);
        }
        assertThat(run("check", "--catalogue", folder.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("FAILED  the file opens", "The catalogue is DAMAGED: 1 of 1 checks failed"
                + " (the file opens)");
        assertThat(file).exists();
    }

    @Test
    void restoreAndCheckRefuseWhileTheCatalogueIsOpenInAWindow() throws Exception {
        Path folder = exampleCatalogue();
        assertThat(run("backup", "--catalogue", folder.toString())).isZero();
        Path backup;
        try (Stream<Path> files = Files.list(folder.resolve("backups"))) {
            backup = files.filter(p -> p.toString().endsWith(".mv.db")).findFirst().orElseThrow();
        }
        // another program (a window) holds the catalogue
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process holder = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                "org.liaisonlog.persistence.HoldCatalogueOpen", folder.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(holder.getInputStream()))) {
            assertThat(lines.readLine()).isEqualTo("OPEN");
            assertThat(run("restore", "--catalogue", folder.toString(), backup.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("is open in a Liaison Log window; close that window first");
            assertThat(run("check", "--catalogue", folder.toString())).isEqualTo(1);
            assertThat(err.toString()).contains("is open in a Liaison Log window");
            holder.getOutputStream().close();
            assertThat(lines.readLine()).isEqualTo("CLOSED");
            assertThat(holder.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        } finally {
            holder.destroyForcibly();
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("catalogue.mv.db", "catalogue.closed", "backups");
        }
    }

    @Test
    void anEncryptedCatalogueIsBackedUpCheckedAndRestoredWithItsPasswordFile() throws Exception {
        Path folder = temp.resolve("secret");
        char[] passphrase = "Tashkent in April".toCharArray();
        try (H2Catalogue opened = H2Catalogue.open(folder, passphrase.clone(),
                new org.liaisonlog.persistence.KeyDerivation.Parameters(1024, 1, 1))) {
            opened.organisations().insert(new Organisation(RecordStamp.fresh(), "Zqxwv Liaison Bureau", null, null,
                    java.util.List.of(), OrganisationKind.OTHER, null, null, null));
        }
        Path passwordFile = temp.resolve("password.txt");
        Files.writeString(passwordFile, new String(passphrase) + "\n");
        Path wrongFile = temp.resolve("wrong.txt");
        Files.writeString(wrongFile, "not it\n");

        assertThat(run("backup", "--catalogue", folder.toString(), "--password-file", passwordFile.toString()))
                .as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains(", encrypted, verified: ", "1 organisations");
        Matcher where = Pattern.compile("Backed up to (\\S+)").matcher(out.toString());
        assertThat(where.find()).isTrue();
        Path backup = Path.of(where.group(1));
        assertThat(backup.resolveSibling(backup.getFileName().toString().replace(".mv.db", ".key"))).exists();

        assertThat(run("check", "--catalogue", folder.toString(), "--password-file", passwordFile.toString()))
                .as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("The catalogue is sound");
        assertThat(run("check", "--catalogue", folder.toString(), "--password-file", wrongFile.toString()))
                .isEqualTo(1);
        assertThat(err.toString()).contains("Wrong password");

        assertThat(run("restore", "--catalogue", folder.toString(), "--password-file", wrongFile.toString(),
                backup.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("Wrong password");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("catalogue.mv.db", "catalogue.key", "backups");
        }
        assertThat(run("restore", "--catalogue", folder.toString(), "--password-file", passwordFile.toString(),
                backup.toString())).as("stderr: %s", err).isZero();
        assertThat(out.toString()).contains("kept as");
        try (H2Catalogue opened = H2Catalogue.open(folder, passphrase.clone())) {
            assertThat(opened.organisations().findAll()).extracting(Organisation::name)
                    .containsExactly("Zqxwv Liaison Bureau");
        }
    }

    @Test
    void aMissingBackupOrCatalogueIsOnePlainLine() {
        Path folder = exampleCatalogue();
        assertThat(run("restore", "--catalogue", folder.toString(), temp.resolve("nope.mv.db").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("liaison-log: there is no backup file");
        assertThat(run("check", "--catalogue", temp.resolve("none").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("liaison-log: there is no catalogue in");
        assertThat(run("backup", "--catalogue", temp.resolve("none").toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("liaison-log: there is no catalogue in");
    }
}
