package org.liaisonlog.logic.catalogue;

/** The password given for an encrypted catalogue is not its password. Nothing was changed. */
public class WrongPasswordException extends CatalogueException {

    public WrongPasswordException() {
        super("error.wrongPassword", "Wrong password");
    }
}
