package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;

/**
 * Run in a separate JVM by {@link CatalogueInUseTest}: opens the catalogue in the folder named
 * by the first argument, saves an organisation named by the second argument if there is one,
 * prints "OPEN", and keeps the catalogue open until its standard input closes.
 */
public final class HoldCatalogueOpen {

    private HoldCatalogueOpen() {
    }

    public static void main(String[] args) throws IOException {
        try (H2Catalogue catalogue = H2Catalogue.open(Path.of(args[0]))) {
            if (args.length > 1) {
                catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), args[1], null, null,
                        List.of(), OrganisationKind.OTHER, null, null, null));
            }
            System.out.println("OPEN");
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the end of input
            }
        }
        System.out.println("CLOSED");
        System.out.flush();
    }
}
