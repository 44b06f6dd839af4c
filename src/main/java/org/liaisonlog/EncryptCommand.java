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
 * {@code liaison-log encrypt}: encrypts a catalogue that is not encrypted, with a new password
 * (asked twice on the terminal, or read from {@code --password-file}). The old file is replaced
 * only once the encrypted copy is complete and verified, then overwritten with zeros.
 */
@Command(name = "encrypt", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = {"Encrypts the catalogue with a new password (AES, with a key derived from the password by"
                + " Argon2id). The catalogue must be closed. The old, unencrypted file is replaced only once the"
                + " encrypted one is complete and verified, then overwritten with zeros and deleted.",
            "A forgotten password cannot be recovered: nobody can open the catalogue without it."},
        footer = {"", "Examples:", "  liaison-log encrypt --catalogue ~/liaison",
            "  liaison-log encrypt --catalogue ~/liaison --password-file /run/user/1000/pw"})
final class EncryptCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Override
    public Integer call() {
        Logging.quiet();
        Path folder = RewriteCommands.catalogue(catalogue.folder(), false);
        char[] fresh = catalogue.password.fresh(catalogue.password.passwordFile, "--password-file", "New password: ");
        CatalogueRewrite.Result result;
        try {
            result = RewriteCommands.run(folder, () -> CatalogueRewrite.encrypt(folder, fresh));
        } finally {
            PasswordOption.wipe(fresh);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("The catalogue in %s is encrypted (%,d rows in %d tables copied and verified).%n", folder,
                result.rows(), result.rowCounts().size());
        out.println("Keep the password safe: without it the catalogue cannot be opened, and it cannot be recovered.");
        out.flush();
        return 0;
    }
}
