package org.liaisonlog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * Issue 6, "no leaks": 200 distinctive names (made at run time, Latin and Cyrillic) go into an
 * encrypted catalogue and through the program's operations in a child process whose temp folder
 * and home are this test's own ({@link LeakScenario}); then every byte of every file under the
 * catalogue folder, the backup folder, the temp folder (with the child's output and errors) and
 * the home folder is searched for them ({@link LeakScanner}): no hit. The controls show the
 * scanner finds the names where they are: in a plain catalogue file, and in any encoding, case
 * and archive the scanner reads.
 */
class LeakScanTest {

    private static final long SEED = Long.getLong("leak.seed", 20_261_207L);
    private static final String PASSWORD = "leak scan passphrase";
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = Set.of(PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    @TempDir
    Path root;

    @Test
    void noNameIsInAnyFileTheProgramWrote() throws Exception {
        List<String> names = LeakNames.generate(SEED);
        Path catalogue = root.resolve("catalogue");
        Path backups = root.resolve("backups");
        Path temp = Files.createDirectories(root.resolve("tmp"));
        Path home = Files.createDirectories(root.resolve("home"));
        Path out = temp.resolve("child.out");
        Path err = temp.resolve("child.err");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-Djava.io.tmpdir=" + temp, "-Duser.home=" + home, "-Duser.language=en", "-Duser.country=GB",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), LeakScenario.class.getName(),
                catalogue.toString(), backups.toString(), Long.toString(SEED), PASSWORD));
        Process child = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!child.waitFor(5, TimeUnit.MINUTES)) {
            child.destroyForcibly().waitFor();
        }
        LeakScanner scanner = new LeakScanner(names);
        String output = Files.readString(out);
        byte[] errors = Files.readAllBytes(err);
        assertThat(child.exitValue()).as("the scenario ran to its end; its errors: %s",
                scanner.scan("errors", errors).isEmpty() ? new String(errors, StandardCharsets.UTF_8)
                        : "(left out: they hold a name)").isZero();
        assertThat(output).contains("SCENARIO DONE", "BACKUPS 1", "LOCKED true UNLOCKED true");
        int found = Integer.parseInt(output.lines().filter(l -> l.startsWith("SEARCH FOUND ")).findFirst()
                .orElseThrow().substring("SEARCH FOUND ".length()));
        assertThat(found).as("the search found the people, organisations and titles (and more)").isGreaterThanOrEqualTo(120);
        assertThat(new String(errors, StandardCharsets.UTF_8)).as("the failed saves happened")
                .contains("failed save: The catalogue could not be saved", "disk full:");

        List<Path> roots = List.of(catalogue, backups, temp, home);
        List<Path> files = files(roots);
        System.out.println("leak scan: " + names.size() + " names (seed " + SEED + "), search found " + found
                + ", " + output.lines().filter(l -> !l.equals("SCENARIO DONE")).collect(Collectors.joining("; "))
                + "; files scanned:");
        for (Path file : files) {
            System.out.println("  " + root.relativize(file) + " " + Files.size(file) + " bytes");
        }
        assertThat(files).as("the scenario wrote a catalogue, its key and a backup")
                .anyMatch(f -> f.endsWith("catalogue.mv.db")).anyMatch(f -> f.endsWith("catalogue.key"))
                .anyMatch(f -> f.startsWith(backups));
        assertThat(files).as("no H2 trace file").noneMatch(f -> f.getFileName().toString().endsWith(".trace.db"));
        // A file left behind in the temp folder could hide names from a byte scan (a PDF's text is
        // compressed and glyph-coded), so none may be left: only the child's output, which is ours.
        assertThat(files).filteredOn(f -> f.startsWith(temp)).containsExactlyInAnyOrder(out, err);
        // in the home folder only JavaFX's cache of its native libraries (no data of ours)
        assertThat(files).filteredOn(f -> f.startsWith(home))
                .allMatch(f -> home.relativize(f).startsWith(".openjfx"));
        List<LeakScanner.Hit> hits = scanner.scan(roots);
        assertThat(hits).as("names found in files the program wrote").isEmpty();

        // files the program creates are readable by its owner only (the child's output is ours)
        if (root.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            List<String> open = new ArrayList<>();
            try (Stream<Path> walk = Stream.of(catalogue, backups, temp).flatMap(LeakScanTest::walk)) {
                walk.filter(p -> !p.equals(out) && !p.equals(err) && !p.equals(temp)).forEach(p -> {
                    try {
                        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(p);
                        if (permissions.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                            open.add(root.relativize(p) + " " + PosixFilePermissions
                                    .toString(permissions));
                        }
                    } catch (IOException e) {
                        open.add(root.relativize(p) + " unreadable");
                    }
                });
            }
            assertThat(open).as("files and folders open to others").isEmpty();
        }
    }

    @Test
    void theScannerFindsTheNamesInAPlainCatalogueFile() throws IOException {
        List<String> names = LeakNames.generate(SEED);
        Path plain = root.resolve("plain");
        try (H2Catalogue catalogue = H2Catalogue.open(plain)) {
            OrganisationService organisations = new OrganisationService(catalogue);
            for (String name : names) {
                organisations.save(new Organisation(RecordStamp.fresh(), "Bureau " + name, null, null, List.of(),
                        OrganisationKind.OTHER, null, null, null));
            }
        }
        List<LeakScanner.Hit> hits = new LeakScanner(names).scan(List.of(plain));
        Set<Integer> found = hits.stream().map(LeakScanner.Hit::nameIndex).collect(Collectors.toCollection(TreeSet::new));
        assertThat(found).as("every name is found in the plain file").hasSize(names.size());
        assertThat(hits).allMatch(h -> h.file().endsWith("catalogue.mv.db"));
        assertThat(hits.get(0).toString()).as("a hit names the file and the offset, not the name")
                .contains("name #", "catalogue.mv.db", "at byte").doesNotContain(names.get(hits.get(0).nameIndex()));
    }

    @Test
    void theScannerFindsANameInAnyEncodingCaseAndArchive() throws IOException {
        List<String> names = LeakNames.generate(SEED);
        LeakScanner scanner = new LeakScanner(names);
        Random random = new Random(1);
        byte[] noise = new byte[4000];
        random.nextBytes(noise);
        assertThat(scanner.scan("noise", noise)).isEmpty();

        assertThat(at(scanner, noise, 1001, names.get(7).toUpperCase(Locale.ROOT), StandardCharsets.UTF_16BE))
                .contains(new LeakScanner.Hit("f", 1001, "UTF-16BE", 7));
        assertThat(at(scanner, noise, 2000, names.get(150).toUpperCase(Locale.ROOT), StandardCharsets.UTF_16LE))
                .contains(new LeakScanner.Hit("f", 2000, "UTF-16LE", 150));
        assertThat(at(scanner, noise, 333, names.get(160).toLowerCase(Locale.ROOT), StandardCharsets.UTF_8))
                .contains(new LeakScanner.Hit("f", 333, "UTF-8", 160));
        assertThat(at(scanner, noise, 10, names.get(199), Charset.forName("windows-1251")))
                .contains(new LeakScanner.Hit("f", 10, "windows-1251", 199));
        assertThat(at(scanner, noise, 20, names.get(120), Charset.forName("KOI8-R")))
                .contains(new LeakScanner.Hit("f", 20, "KOI8-R", 120));

        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(zipped)) {
            zip.putNextEntry(new ZipEntry("inside.txt"));
            zip.write(("x " + names.get(42)).getBytes(StandardCharsets.UTF_8));
        }
        assertThat(scanner.scan("z", zipped.toByteArray())).contains(new LeakScanner.Hit("z!inside.txt", 2, "UTF-8", 42));
    }

    private static List<LeakScanner.Hit> at(LeakScanner scanner, byte[] noise, int offset, String text, Charset charset)
            throws IOException {
        byte[] bytes = noise.clone();
        byte[] encoded = text.getBytes(charset);
        System.arraycopy(encoded, 0, bytes, offset, encoded.length);
        return scanner.scan("f", bytes);
    }

    private static List<Path> files(List<Path> roots) {
        return roots.stream().flatMap(LeakScanTest::walk).filter(Files::isRegularFile).sorted().toList();
    }

    private static Stream<Path> walk(Path root) {
        if (!Files.exists(root)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.toList().stream();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
