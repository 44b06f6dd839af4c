package org.liaisonlog.logic.catalogue;

/** The catalogue file is held open by another copy of the program. */
public class CatalogueInUseException extends CatalogueException {

    public CatalogueInUseException(Throwable cause) {
        super("error.catalogueInUse", "This catalogue is open in another Liaison Log window", cause);
    }
}
