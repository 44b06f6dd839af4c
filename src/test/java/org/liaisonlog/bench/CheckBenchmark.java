package org.liaisonlog.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.persistence.CatalogueCheck;
import org.liaisonlog.persistence.CheckedOpen;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * How long the integrity checks and a backup take on an existing catalogue (one made by the
 * generate command, say): {@code java -cp … org.liaisonlog.bench.CheckBenchmark DIR [BACKUP_DIR]}.
 * Prints figures; asserts nothing. The catalogue must not be open elsewhere.
 */
public final class CheckBenchmark {

    private CheckBenchmark() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        Path file = folder.resolve("catalogue.mv.db");
        for (int round = 1; round <= 3; round++) {
            long start = System.nanoTime();
            CheckReport before = CatalogueCheck.beforeOpen(folder, null);
            double beforeOpen = seconds(start);
            start = System.nanoTime();
            try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
                double open = seconds(start);
                CheckReport quick = CatalogueCheck.quick(catalogue);
                print("round " + round + ": read-only open + quick check (" + before.outcome() + ")", beforeOpen);
                print("round " + round + ": read-write open (Flyway included)", open);
                print("round " + round + ": quick check of the open catalogue (" + quick.outcome() + ")",
                        quick.elapsed().toNanos() / 1e9);
            }
            start = System.nanoTime();
            CheckedOpen.Result result = CheckedOpen.open(folder);
            print("round " + round + ": CheckedOpen.open, all steps (" + result.getClass().getSimpleName() + ")",
                    seconds(start));
            if (result instanceof CheckedOpen.Opened opened) {
                opened.catalogue().close();
            }
        }
        CheckReport full = CatalogueCheck.file(file, null, true);
        print("full check (" + full.outcome() + ", " + full.items().size() + " items)", full.elapsed().toNanos() / 1e9);
        if (args.length > 1) {
            try (H2Catalogue catalogue = H2Catalogue.open(folder)) {
                long start = System.nanoTime();
                BackupInfo made = new H2Backups(catalogue, Clock.systemDefaultZone()).backUp(Path.of(args[1]), 7);
                print("backup, verified with the full check (" + made.size() / (1024 * 1024) + " MB)", seconds(start));
            }
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static void print(String what, double seconds) {
        System.out.printf(Locale.ROOT, "%-75s %8.3f s%n", what, seconds);
    }
}
