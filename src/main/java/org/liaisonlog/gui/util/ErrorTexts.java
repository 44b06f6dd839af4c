package org.liaisonlog.gui.util;

import org.liaisonlog.logic.catalogue.CatalogueException;

/** Turns a failure into a plain sentence for the user, never quoting stored values. */
public final class ErrorTexts {

    private ErrorTexts() {
    }

    public static String describe(Throwable error, Messages messages) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CatalogueException known) {
                return messages.get(known.messageKey());
            }
        }
        return messages.format("error.unexpected", error.getClass().getSimpleName());
    }
}
