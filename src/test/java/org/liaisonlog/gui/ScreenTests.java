package org.liaisonlog.gui;

import java.util.concurrent.TimeoutException;
import org.testfx.api.FxToolkit;

/** What the TestFX tests of the screens do to wait for the background work and after each test. */
public final class ScreenTests {

    private ScreenTests() {
    }

    /**
     * Closes the windows the test left (a dialog left open by a failed test too), then runs
     * {@code closeCatalogue}, whatever happened to the windows.
     */
    public static void closeAfter(Runnable closeCatalogue) {
        try {
            FxToolkit.cleanupStages();
        } catch (TimeoutException e) {
            // a window that would not close; the catalogue is closed all the same
        } finally {
            closeCatalogue.run();
        }
    }

    /**
     * Waits until the background work of {@code executor} has handed its results back to the
     * window (at most {@code waits} × 25 ms), the JavaFX events it posted handled.
     */
    public static void settle(org.liaisonlog.gui.util.FxTaskExecutor executor, int waits) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < waits && executor.busyProperty().get(); i++) {
            org.testfx.util.WaitForAsyncUtils.sleep(25, java.util.concurrent.TimeUnit.MILLISECONDS);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
