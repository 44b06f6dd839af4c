package org.liaisonlog.logic.search;

/** The search could not run: the engine is closed or the catalogue could not be read. */
public class SearchException extends RuntimeException {

    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
