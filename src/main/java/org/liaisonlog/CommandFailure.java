package org.liaisonlog;

import java.util.List;

/**
 * A command could not do its work for a reason the user can act on: the message is one plain
 * line for stderr, {@code details} (candidates of an ambiguous choice) follow it, one a line.
 */
final class CommandFailure extends RuntimeException {

    private final List<String> details;

    CommandFailure(String message) {
        this(message, List.of());
    }

    CommandFailure(String message, List<String> details) {
        super(message);
        this.details = List.copyOf(details);
    }

    List<String> details() {
        return details;
    }
}
