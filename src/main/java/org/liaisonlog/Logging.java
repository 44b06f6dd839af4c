package org.liaisonlog;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the libraries' logs to warnings: Flyway and jOOQ report every migration and their
 * banner at INFO, which says nothing to an officer. Nothing we log quotes catalogue data.
 */
final class Logging {

    /** Held so the configured loggers are not collected and reset. */
    private static final List<Logger> CONFIGURED = List.of(
            Logger.getLogger("org.flywaydb"), Logger.getLogger("org.jooq"), Logger.getLogger("org.h2"));

    private Logging() {
    }

    static void quiet() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        CONFIGURED.forEach(logger -> logger.setLevel(Level.WARNING));
    }
}
