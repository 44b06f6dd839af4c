package org.liaisonlog.gui.util;

/**
 * A print job the user has confirmed in the print dialog. Pages may be sent from any thread,
 * one at a time, then the job is finished or cancelled.
 */
public interface PagePrinter {

    /** Prints a page, scaled to fit the printable area of the paper chosen; false when the printer refused it. */
    boolean print(PageImage page);

    /** Sends the job to the printer; false when that failed. */
    boolean finish();

    /** Abandons the job. */
    void cancel();
}
