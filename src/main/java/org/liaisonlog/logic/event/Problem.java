package org.liaisonlog.logic.event;

/**
 * One thing wrong with a record being edited: the field it concerns and the resource-bundle key
 * of the message to show there.
 */
public record Problem<F extends Enum<F>>(F field, String messageKey) {
}
