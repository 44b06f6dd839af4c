package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupService;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log backup [--to DIR]}: makes a backup of the catalogue now, as the window's
 * "Back up now" does: a consistent copy, verified by opening and checking it, then older backups
 * beyond the number to keep are removed.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Makes a verified backup of the catalogue now (into its backup folder, by default the"
                + " 'backups' folder inside the catalogue folder) and prints where it is, its size and its"
                + " record counts. Older backups beyond the number to keep (7 unless changed) are removed once the"
                + " new one is verified. A backup of an encrypted catalogue is encrypted, its key file beside it.")
final class BackupCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--to", paramLabel = "DIR",
            description = "Put this backup in DIR (a USB stick, say) instead of the backup folder.")
    Path to;

    @Override
    public Integer call() {
        Logging.quiet();
        Path folder = catalogue.folder();
        BackupInfo made;
        List<BackupInfo> all;
        int keep;
        try (H2Catalogue opened = catalogue.open(folder, null)) {
            H2Backups backups = new H2Backups(opened, Clock.systemDefaultZone());
            BackupService service = new BackupService(opened, backups, Clock.systemDefaultZone());
            made = to == null ? service.backUpNow() : service.backUpTo(to);
            all = backups.list(made.file().getParent());
            keep = service.settings().keep();
        } catch (BackupException e) {
            throw new CommandFailure(e.getMessage().toLowerCase(java.util.Locale.ROOT).charAt(0)
                    + e.getMessage().substring(1) + "; the earlier backups are as they were");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Backed up to " + made.file());
        out.println("  " + size(made.size()) + (made.encrypted() ? ", encrypted" : "") + ", verified: "
                + Counts.text(made.counts()));
        out.println("  " + all.stream().filter(BackupInfo::verified).count() + " verified backups in "
                + made.file().getParent() + " (the newest " + keep + " are kept)");
        out.flush();
        return 0;
    }

    static String size(long bytes) {
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** Record counts in words. */
    static final class Counts {
        private Counts() {
        }

        static String text(org.liaisonlog.logic.backup.RecordCounts counts) {
            return counts.events() + " events, " + counts.attendance() + " attendance lines, " + counts.trips()
                    + " trips, " + counts.people() + " people, " + counts.organisations() + " organisations";
        }
    }
}
