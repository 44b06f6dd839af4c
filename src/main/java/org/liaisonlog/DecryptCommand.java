package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.liaisonlog.persistence.CatalogueRewrite;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log decrypt}: turns an encrypted catalogue back into one that opens without a
 * password, once its password is given.
 */
@Command(name = "decrypt", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Removes the encryption of the catalogue: afterwards it opens without a password and anyone"
                + " who has the file can read it. The catalogue must be closed. The encrypted file is replaced only"
                + " once the new one is complete and verified.",
        footer = {"", "Example:", "  liaison-log decrypt --catalogue ~/liaison"})
final class DecryptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Override
    public Integer call() {
        Logging.quiet();
        Path folder = RewriteCommands.catalogue(catalogue.folder(), true);
        CatalogueRewrite.Result result = catalogue.withPassword(folder,
                current -> RewriteCommands.run(folder, () -> CatalogueRewrite.decrypt(folder, current)));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("The catalogue in %s is no longer encrypted (%,d rows in %d tables copied and verified).%n", folder,
                result.rows(), result.rowCounts().size());
        out.flush();
        return 0;
    }
}
