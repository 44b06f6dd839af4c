package org.liaisonlog.gui;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/** What a TestFX test of the screens does after each test. */
public final class AfterScreens {

    private AfterScreens() {
    }

    /**
     * Closes the windows the test left (a dialog left open by a failed test too), then runs
     * {@code closeCatalogue}, whatever happened to the windows.
     */
    public static void close(Runnable closeCatalogue) {
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            // a window that would not close; the catalogue is closed all the same
        } finally {
            closeCatalogue.run();
        }
    }
}
