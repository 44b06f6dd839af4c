package org.liaisonlog.logic.backup;

import org.liaisonlog.logic.catalogue.CatalogueException;

/**
 * A backup, restore or setting-aside that could not be done. The message is ours and plain (it
 * never quotes stored values); {@link #messageKey()} names the bundle entry the window shows.
 */
public class BackupException extends CatalogueException {

    public BackupException(String messageKey, String message, Throwable cause) {
        super(messageKey, message, cause);
    }

    public BackupException(String messageKey, String message) {
        super(messageKey, message);
    }
}
