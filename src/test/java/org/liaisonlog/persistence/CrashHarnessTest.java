package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash harness: a child JVM ({@link CrashWriter}) saves through the program's storage layer
 * without pause and is killed with SIGKILL at a random moment; the catalogue is reopened here and
 * checked against what the child reported committed ({@link CrashLedger}); then the child starts
 * again on the same file. Some kills fall while the child is still starting or opening the file.
 *
 * <p>Runs in every build with {@value #DEFAULT_KILLS} kills, half on a plain and half on an
 * encrypted catalogue. For a longer run:
 * {@code mvn -o test -Dtest=CrashHarnessTest -Dcrash.kills=200} (and {@code -Dcrash.seed=N} to
 * repeat a run; the seed is printed). {@code -Dcrash.h2.NAME=VALUE} tries an H2 setting
 * ({@code h2.NAME}) in the writer and here, e.g. {@code -Dcrash.h2.reuseSpace=false}. On a failure the
 * catalogue file and its copies from before the last reopens are kept in
 * {@code $TMPDIR/crash-evidence-SEED-plain|encrypted} for H2's {@code MVStoreTool}. See
 * docs/decisions/0015-crash-safety.md.
 */
@Tag("crash")
class CrashHarnessTest {

    static final int DEFAULT_KILLS = 20;
    private static final int KILLS = Integer.getInteger("crash.kills", DEFAULT_KILLS);
    private static final long SEED = Long.getLong("crash.seed", System.nanoTime());

    @TempDir
    Path temp;

    @Test
    void aPlainCatalogueKeepsEveryCommittedTransactionThroughKills() throws Exception {
        run("plain", null, (KILLS + 1) / 2, SEED);
    }

    @Test
    void anEncryptedCatalogueKeepsEveryCommittedTransactionThroughKills() throws Exception {
        byte[] key = new byte[FileKey.LENGTH];
        new Random(SEED).nextBytes(key);
        run("encrypted", FileKey.of(key), KILLS / 2, SEED + 1);
    }

    private void run(String name, FileKey key, int kills, long seed) throws Exception {
        System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("crash.h2."))
                .forEach(p -> System.setProperty(p.substring("crash.".length()), System.getProperty(p)));
        System.out.printf("crash harness (%s): %d kills; repeat this run with -Dcrash.seed=%d%n", name, kills, SEED);
        Random random = new Random(seed);
        Path folder = temp.resolve(name);
        CrashLedger ledger = new CrashLedger();
        List<Long> reopenMillis = new ArrayList<>();
        int killedBeforeOpen = 0;
        long started = System.nanoTime();
        for (int kill = 1; kill <= kills; kill++) {
            Path errors = temp.resolve(name + "-writer-" + kill + ".err");
            Writer writer = Writer.start(folder, random.nextLong(), key, errors);
            try {
                if (random.nextInt(5) == 0) {
                    Thread.sleep(random.nextInt(1500)); // may fall in the start or in the open
                } else {
                    assertThat(writer.opened.await(120, TimeUnit.SECONDS))
                            .as("the writer opened the catalogue; its errors: %s", read(errors)).isTrue();
                    Thread.sleep(50 + random.nextInt(2500));
                }
                assertThat(writer.process.isAlive())
                        .as("the writer was still running when killed; its errors: %s", read(errors)).isTrue();
            } finally {
                writer.process.destroyForcibly();
            }
            assertThat(writer.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            writer.reader.join(TimeUnit.SECONDS.toMillis(60));
            if (writer.opened.getCount() > 0) {
                killedBeforeOpen++;
            }
            ledger.apply(kill, writer.wholeLines());
            if (Files.exists(folder.resolve(CatalogueFolder.DATABASE_FILE))) {
                Files.copy(folder.resolve(CatalogueFolder.DATABASE_FILE),
                        temp.resolve(name + "-before-reopen-" + kill + ".mv.db"));
            }
            Files.deleteIfExists(temp.resolve(name + "-before-reopen-" + (kill - 3) + ".mv.db"));

            long before = System.nanoTime();
            try (H2Catalogue catalogue = key == null ? H2Catalogue.open(folder) : H2Catalogue.open(folder, key)) {
                reopenMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before));
                List<String> problems = ledger.check(catalogue, kill % 10 == 0 || kill == kills, random);
                if (!problems.isEmpty()) {
                    keepEvidence(name, folder, kill);
                }
                assertThat(problems).as("after kill %d of the %s run (seed %d); what the ledger saw:%n%s",
                        kill, name, seed, ledger.traceOf(problems)).isEmpty();
            }
            Files.deleteIfExists(errors);
        }
        reopenMillis.sort(null);
        System.out.printf("crash harness (%s): %d kills (%d before the catalogue was open, %d inside a transaction),"
                        + " %d transactions reported committed and found, %d committed but not yet reported and"
                        + " found whole, %d cut off and found absent; %d events, %d history entries at the end;"
                        + " reopen after a kill min %d ms, median %d ms, max %d ms; file %d MB; %d s in all; seed %d%n",
                name, kills, killedBeforeOpen, ledger.killedInTransaction, ledger.confirmed,
                ledger.committedUnreported, ledger.notCommitted, ledger.events(), ledger.historyEntries(),
                reopenMillis.get(0), reopenMillis.get(reopenMillis.size() / 2),
                reopenMillis.get(reopenMillis.size() - 1),
                Files.size(folder.resolve(CatalogueFolder.DATABASE_FILE)) >> 20,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started), seed);
        assertThat(ledger.confirmed).as("transactions confirmed").isGreaterThan(kills);
    }

    /** Keeps the catalogue and its copies from before the last reopens, for a look with H2's tools. */
    private void keepEvidence(String name, Path folder, int kill) throws IOException {
        Path evidence = Path.of(System.getProperty("java.io.tmpdir"), "crash-evidence-" + SEED + "-" + name);
        Files.createDirectories(evidence);
        Files.copy(folder.resolve(CatalogueFolder.DATABASE_FILE), evidence.resolve("after-check-" + kill + ".mv.db"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (var copies = Files.list(temp)) {
            String prefix = name + "-before-reopen-";
            for (Path copy : copies.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                Files.copy(copy, evidence.resolve(copy.getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        System.out.println("crash harness: the catalogue files are kept in " + evidence);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "(none)";
        }
    }

    /** A running {@link CrashWriter} and what it printed. */
    private static final class Writer {
        final Process process;
        final CountDownLatch opened = new CountDownLatch(1);
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        final Thread reader;

        private Writer(Process process) {
            this.process = process;
            this.reader = new Thread(this::read, "crash-writer-output");
            reader.setDaemon(true);
            reader.start();
        }

        static Writer start(Path folder, long seed, FileKey key, Path errors) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1"));
            // an H2 setting to try (-Dcrash.h2.reuseSpace=false, say) holds in the writer and here
            System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("crash.h2."))
                    .forEach(p -> command.add("-D" + p.substring("crash.".length()) + "=" + System.getProperty(p)));
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                    folder.toString(), Long.toString(seed), key == null ? "-" : HexFormat.of().formatHex(key.bytes())));
            return new Writer(new ProcessBuilder(command).redirectError(errors.toFile()).start());
        }

        private void read() {
            byte[] buffer = new byte[8192];
            try (InputStream in = process.getInputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (output) {
                        output.write(buffer, 0, n);
                        if (opened.getCount() > 0 && output.toString(StandardCharsets.UTF_8).startsWith("OPEN\n")) {
                            opened.countDown();
                        }
                    }
                }
            } catch (IOException e) {
                // the process was killed
            }
        }

        /** The lines printed whole (a line cut off by the kill was not reported). */
        List<String> wholeLines() {
            String text;
            synchronized (output) {
                text = output.toString(StandardCharsets.UTF_8);
            }
            int end = text.lastIndexOf('\n');
            return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
        }
    }
}
