package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.liaisonlog.persistence.CatalogueRewrite;
import org.liaisonlog.persistence.CompactionPolicy;
import org.liaisonlog.persistence.H2Catalogue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log compact}: rewrites the closed catalogue without the space its file has grown
 * by (it only grows while open, to survive a killed program), keeping its encryption and
 * password; the old file is replaced only once the new one is complete and verified. With
 * {@code --if-due}, only when it has grown enough ({@link CompactionPolicy}).
 */
@Command(name = "compact", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = {"Compacts the catalogue: rewrites it into a new file without the space it has grown by while"
                + " in use (the file only grows, so that a killed program never loses a saved record). The catalogue"
                + " must be closed. It stays encrypted with the same password, or plain. The old file is replaced only"
                + " once the new one is complete and verified, then overwritten with zeros and deleted.",
            "With --if-due it compacts only when the file is more than twice as long as after its last compaction"
                + " and at least 32 MB longer."},
        footer = {"", "Examples:", "  liaison-log compact --catalogue ~/liaison",
            "  liaison-log compact --catalogue ~/liaison --if-due --password-file /run/user/1000/pw"})
final class CompactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--if-due", description = "Compact only when the file has grown enough (see above).")
    boolean ifDue;

    @Override
    public Integer call() {
        Logging.quiet();
        Path folder = catalogue.folder();
        // finishes a rewrite that was interrupted before looking
        boolean encrypted = H2Catalogue.isEncrypted(folder);
        CompactionPolicy.Lengths before = CompactionPolicy.lengths(folder)
                .orElseThrow(() -> new CommandFailure("there is no catalogue in " + folder));
        PrintWriter out = spec.commandLine().getOut();
        if (ifDue && !before.due()) {
            out.printf("The catalogue in %s is not due for compacting: %s now, %s after its last compaction.%n",
                    folder, size(before.now()), before.compacted().map(CompactCommand::size).orElse("not recorded"));
            out.flush();
            return 0;
        }
        CatalogueRewrite.Result result = encrypted
                ? catalogue.withPassword(folder,
                        current -> RewriteCommands.run(folder, () -> CatalogueRewrite.compact(folder, current)))
                : RewriteCommands.run(folder, () -> CatalogueRewrite.compact(folder));
        long after;
        try {
            after = Files.size(folder.resolve(ExistingCatalogue.CATALOGUE_FILE));
        } catch (java.io.IOException e) {
            throw new CommandFailure("the catalogue in " + folder + " was compacted but its size cannot be read");
        }
        out.printf("The catalogue in %s is compacted: %s before, %s after (%,d rows in %d tables copied and"
                + " verified).%n", folder, size(before.now()), size(after), result.rows(), result.rowCounts().size());
        out.flush();
        return 0;
    }

    /** A length in bytes as people read it: "12.3 MB (12,897,280 bytes)". */
    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB (%,d bytes)", bytes / (1024.0 * 1024.0), bytes);
    }
}
