package org.liaisonlog;

import java.nio.file.Path;
import java.util.function.Function;
import org.liaisonlog.persistence.H2Catalogue;
import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * What every command on an existing catalogue shares: {@code --catalogue DIR} and the password
 * options ({@link PasswordOption}), with the ways to find and open that catalogue. A picocli
 * mixin, also inside another ({@link ReportOptions}).
 */
final class CatalogueOption {

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "The folder of the catalogue (default: $LIAISON_LOG_HOME, else the user's data folder).")
    Path catalogue;

    @Mixin
    PasswordOption password;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /**
     * The folder named here, else on the main command line, else by the environment or the
     * user's data folder.
     */
    Path folder() {
        return ExistingCatalogue.folder(catalogue, launcher());
    }

    /** Opens the existing catalogue ({@link ExistingCatalogue#open}), asking its password when it is encrypted. */
    H2Catalogue open() {
        return open(folder(), null);
    }

    /** As {@link #open()} for a folder already found; {@code hint}, if not null, follows "there is no catalogue". */
    H2Catalogue open(Path folder, String hint) {
        return ExistingCatalogue.open(folder, hint, password);
    }

    /** The main command the command runs under (its {@code --catalogue} stands when the command names none), or null. */
    private Launcher launcher() {
        for (CommandLine line = spec.commandLine(); line != null; line = line.getParent()) {
            if (line.getCommand() instanceof Launcher launcher) {
                return launcher;
            }
        }
        return null;
    }

    /**
     * Runs {@code work} with the password of the encrypted catalogue in {@code folder} (from
     * {@code --password-file}, else asked once on the terminal), then wipes the password.
     */
    <T> T withPassword(Path folder, Function<char[], T> work) {
        return withPassword("Password of the catalogue in " + folder + ": ", work);
    }

    /** As {@link #withPassword(Path, Function)}, asking with {@code prompt}. */
    <T> T withPassword(String prompt, Function<char[], T> work) {
        char[] current = password.current(prompt);
        try {
            return work.apply(current);
        } finally {
            PasswordOption.wipe(current);
        }
    }
}
