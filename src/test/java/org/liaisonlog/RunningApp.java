package org.liaisonlog;

import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The whole program, started as the launcher starts it (for tests), and stopped again: by the
 * test, or after each test when registered as the test class's extension
 * ({@code @RegisterExtension final RunningApp app = new RunningApp();}).
 */
final class RunningApp implements AfterEachCallback {

    private LiaisonLogApp app;

    /** Starts the program on this catalogue folder; {@code language} null: the settings' or the system's. */
    FxRobot start(Path catalogue, boolean example, String language) throws Exception {
        LaunchOptions.set(new LaunchOptions(catalogue, example, language));
        FxToolkit.registerPrimaryStage();
        app = (LiaisonLogApp) FxToolkit.setupApplication(LiaisonLogApp.class);
        return new FxRobot();
    }

    /** The program running (to look at what it holds open), or null. */
    LiaisonLogApp app() {
        return app;
    }

    /** Stops the program (closing its catalogue) and its windows; nothing when it is not running. */
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
            app = null;
        }
        FxToolkit.cleanupStages();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        stop();
    }
}
