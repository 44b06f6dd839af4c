package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.persistence.CatalogueCheck;
import org.liaisonlog.persistence.FileKey;
import org.liaisonlog.persistence.KeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log check [--quick]}: checks the closed catalogue file, opened read-only, and
 * prints what was checked and what failed. Exit 0 when sound, 1 when damaged (or it could not be
 * checked).
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Checks the catalogue file without changing it: it opens, every row of every table reads,"
                + " every link between records holds, the change history reads. Prints what was checked and what"
                + " failed; exit status 0 when sound, 1 when damaged. The catalogue must not be open in a window.",
        footer = {"", "A damaged catalogue: restore the newest backup (liaison-log restore BACKUP); the README"
                + " explains the other ways, H2's Recover tool among them."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--quick", description = "Only the quick check made on every open (first and last rows of each"
            + " table; well under a second at any size).")
    boolean quick;

    @Override
    public Integer call() {
        Logging.quiet();
        Path folder = catalogue.folder();
        boolean encrypted = ExistingCatalogue.isEncrypted(folder, null);
        Path file = folder.resolve(ExistingCatalogue.CATALOGUE_FILE);
        FileKey key = null;
        if (encrypted) {
            key = catalogue.withPassword(folder, passphrase -> {
                try {
                    return KeyFile.readFrom(folder).unlock(passphrase);
                } catch (WrongPasswordException e) {
                    throw new CommandFailure(e.getMessage());
                }
            });
        }
        CheckReport report = CatalogueCheck.file(file, key, !quick);
        PrintWriter out = spec.commandLine().getOut();
        switch (report.outcome()) {
            case IN_USE -> throw new CommandFailure(ExistingCatalogue.inUse(folder));
            case WRONG_KEY -> throw new CommandFailure(encrypted ? "Wrong password"
                    : "the catalogue file could not be read (is it encrypted without its key file?)");
            case MISSING -> throw new CommandFailure("there is no catalogue in " + folder);
            default -> {
            }
        }
        out.println((quick ? "Quick check of " : "Check of ") + file);
        for (CheckReport.Item item : report.items()) {
            out.println((item.passed() ? "  ok      " : "  FAILED  ") + item.what()
                    + (item.detail().isEmpty() ? "" : ": " + item.detail()));
        }
        String took = String.format(Locale.ROOT, "%.1f s", report.elapsed().toMillis() / 1000.0);
        if (report.sound()) {
            out.println("The catalogue is sound (checked in " + took + ").");
            out.flush();
            return 0;
        }
        out.println("The catalogue is DAMAGED: " + report.failures().size() + " of " + report.items().size()
                + " checks failed (" + String.join("; ", report.failures().stream().map(CheckReport.Item::what)
                .toList()) + ").");
        out.println("Restore the newest backup (liaison-log restore BACKUP); the README explains the other ways.");
        out.flush();
        return 1;
    }
}
