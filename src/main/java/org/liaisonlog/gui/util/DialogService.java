package org.liaisonlog.gui.util;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Every dialog the program shows goes through here, so view models stay testable. */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirmed with {@code confirmLabel}. */
    boolean confirm(String header, String content, String confirmLabel);

    /**
     * Asks a yes/no question whose safe answer reads {@code keepLabel} (not just "Cancel"); true
     * when the user confirmed with {@code confirmLabel}.
     */
    default boolean confirm(String header, String content, String confirmLabel, String keepLabel) {
        return confirm(header, content, confirmLabel);
    }

    void showError(String header, String content);

    /** Offers a choice between options; the index chosen, or empty when the dialog was closed. */
    Optional<Integer> choose(String header, String content, List<String> options);

    /**
     * Asks where to save a file.
     *
     * @param suggestedName the file name offered, without its extension
     * @param extension     the extension without the dot ("pdf"); added to the name chosen when it lacks it
     * @return the file chosen, or empty when the user cancelled
     */
    Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription, String extension);

    /**
     * Shows the system's print dialog for a job.
     *
     * @return where to send the pages, or empty when the user cancelled or no printer is set up (they are told)
     */
    Optional<PagePrinter> choosePrinter(String jobName);

    /**
     * Asks for a folder (a backup folder on a USB stick, say).
     *
     * @param initial the folder shown first, or null
     * @return the folder chosen, or empty when the user cancelled
     */
    default Optional<Path> chooseFolder(String title, Path initial) {
        return Optional.empty();
    }
}
