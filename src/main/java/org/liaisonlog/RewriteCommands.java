package org.liaisonlog;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.persistence.CatalogueRewrite;

/** What {@code encrypt}, {@code decrypt} and {@code passwd} share: finding the catalogue and saying how it failed. */
final class RewriteCommands {

    private RewriteCommands() {
    }

    /** The folder, once it is known to hold a catalogue that is (or is not) encrypted as required. */
    static Path catalogue(Path folder, boolean mustBeEncrypted) {
        boolean encrypted = ExistingCatalogue.isEncrypted(folder, null);
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
            throw new CommandFailure(ExistingCatalogue.inUse(folder));
        } catch (CatalogueException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
