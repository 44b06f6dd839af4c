package org.liaisonlog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.persistence.CatalogueRewrite;
import org.liaisonlog.persistence.H2Catalogue;

/** What {@code encrypt}, {@code decrypt} and {@code passwd} share: finding the catalogue and saying how it failed. */
final class RewriteCommands {

    private RewriteCommands() {
    }

    /** The folder, once it is known to hold a catalogue that is (or is not) encrypted as required. */
    static Path catalogue(Path folder, boolean mustBeEncrypted) {
        boolean encrypted = H2Catalogue.isEncrypted(folder);
        if (!Files.isRegularFile(folder.resolve(ExistingCatalogue.CATALOGUE_FILE))) {
            throw new CommandFailure("there is no catalogue in " + folder);
        }
        if (encrypted != mustBeEncrypted) {
            throw new CommandFailure("the catalogue in " + folder + (encrypted ? " is already encrypted"
                    : " is not encrypted"));
        }
        return folder;
    }

    /** Runs the rewrite, turning each way of failing into one plain line. */
    static CatalogueRewrite.Result run(Path folder, Supplier<CatalogueRewrite.Result> rewrite) {
        try {
            return rewrite.get();
        } catch (WrongPasswordException e) {
            throw new CommandFailure(e.getMessage());
        } catch (CatalogueInUseException e) {
            throw new CommandFailure("the catalogue in " + folder
                    + " is open in a Liaison Log window; close that window first");
        } catch (CatalogueException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
