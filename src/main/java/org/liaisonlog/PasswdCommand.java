package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.persistence.CatalogueRewrite;
import org.liaisonlog.persistence.KeyFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log passwd}: changes the password of an encrypted catalogue. The catalogue is
 * rewritten under the new key; the old file is replaced only once the new one is verified.
 */
@Command(name = "passwd", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Changes the password of an encrypted catalogue (it is rewritten under a key derived from the"
                + " new password; the old file is replaced only once the new one is complete and verified). The"
                + " catalogue must be closed.",
        footer = {"", "Examples:", "  liaison-log passwd --catalogue ~/liaison",
            "  liaison-log passwd --password-file old.txt --new-password-file new.txt"})
final class PasswdCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Option(names = "--new-password-file", paramLabel = "FILE", converter = PasswordOption.ReadableFile.class,
            description = "Read the new password from the first line of FILE (for scripts); without it the new"
                    + " password is asked twice on the terminal.")
    Path newPasswordFile;

    @Override
    public Integer call() {
        Logging.quiet();
        Path folder = RewriteCommands.catalogue(catalogue.folder(), true);
        CatalogueRewrite.Result result = catalogue.withPassword("Current password of the catalogue in " + folder + ": ",
                current -> {
                    // the old password is checked before the new one is asked for
                    try {
                        KeyFile.readFrom(folder).unlock(current);
                    } catch (CatalogueException e) {
                        throw new CommandFailure(e.getMessage());
                    }
                    char[] fresh = catalogue.password.fresh(newPasswordFile, "--new-password-file", "New password: ");
                    try {
                        return RewriteCommands.run(folder,
                                () -> CatalogueRewrite.changePassword(folder, current, fresh));
                    } finally {
                        PasswordOption.wipe(fresh);
                    }
                });
        PrintWriter out = spec.commandLine().getOut();
        out.printf("The password of the catalogue in %s is changed (%,d rows in %d tables copied and verified).%n",
                folder, result.rows(), result.rowCounts().size());
        out.flush();
        return 0;
    }
}
