package org.liaisonlog;

import java.nio.file.Files;
import java.nio.file.Path;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.CatalogueLocation;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * Opens the catalogue a headless command works on. It must exist already: only {@code generate}
 * and the window create catalogues. Each way of failing becomes one plain {@link CommandFailure}.
 */
final class ExistingCatalogue {

    /** The name H2 gives the catalogue file in its folder. */
    static final String CATALOGUE_FILE = "catalogue.mv.db";

    private ExistingCatalogue() {
    }

    /**
     * The folder named on the command itself, else on the main command line, else by the
     * environment or the user's data folder.
     */
    static Path folder(Path onCommand, Launcher launcher) {
        return CatalogueLocation.resolve(onCommand != null ? onCommand : launcher == null ? null : launcher.catalogue);
    }

    /**
     * True when the catalogue in the folder is encrypted, once an interrupted rewrite (encrypt,
     * decrypt, passwd, compact) is finished; a failure when the folder holds no catalogue
     * ({@code hint}, if not null, is added to "there is no catalogue").
     */
    static boolean isEncrypted(Path folder, String hint) {
        boolean encrypted = H2Catalogue.isEncrypted(folder);
        if (!Files.isRegularFile(folder.resolve(CATALOGUE_FILE))) {
            throw new CommandFailure("there is no catalogue in " + folder + (hint == null ? "" : " (" + hint + ")"));
        }
        return encrypted;
    }

    /** The line for a catalogue another process (a window) holds open. */
    static String inUse(Path folder) {
        return "the catalogue in " + folder + " is open in a Liaison Log window; close that window first";
    }

    /**
     * Opens the catalogue in the folder ({@code hint}, if not null, is added to "there is no
     * catalogue"); an encrypted one with the password {@code password} reads (from its file, else
     * asked on the terminal).
     */
    static H2Catalogue open(Path folder, String hint, PasswordOption password) {
        boolean encrypted = isEncrypted(folder, hint);
        if (encrypted && password == null) {
            throw new CommandFailure("the catalogue in " + folder + " is encrypted and this command cannot ask for"
                    + " its password");
        }
        char[] passphrase = encrypted ? password.current("Password of the catalogue in " + folder + ": ") : null;
        try {
            return encrypted ? H2Catalogue.open(folder, passphrase) : H2Catalogue.open(folder);
        } catch (WrongPasswordException e) {
            throw new CommandFailure(e.getMessage());
        } catch (CatalogueInUseException e) {
            throw new CommandFailure(inUse(folder));
        } catch (CatalogueException e) {
            throw new CommandFailure("the catalogue in " + folder + " could not be opened");
        } finally {
            PasswordOption.wipe(passphrase);
        }
    }
}
