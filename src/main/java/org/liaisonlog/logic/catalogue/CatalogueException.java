package org.liaisonlog.logic.catalogue;

/**
 * A failure of the catalogue that the user must be told about. The message is ours, already
 * plain; it never quotes stored values. {@link #messageKey()} names the resource-bundle entry
 * the window shows.
 */
public class CatalogueException extends RuntimeException {

    private final String messageKey;

    public CatalogueException(String messageKey, String message, Throwable cause) {
        super(message, cause);
        this.messageKey = messageKey;
    }

    public CatalogueException(String messageKey, String message) {
        this(messageKey, message, null);
    }

    public String messageKey() {
        return messageKey;
    }
}
