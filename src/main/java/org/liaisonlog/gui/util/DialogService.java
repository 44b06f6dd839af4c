package org.liaisonlog.gui.util;

import java.util.List;
import java.util.Optional;

/** Every dialog the program shows goes through here, so view models stay testable. */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirmed with {@code confirmLabel}. */
    boolean confirm(String header, String content, String confirmLabel);

    void showError(String header, String content);

    /** Offers a choice between options; the index chosen, or empty when the dialog was closed. */
    Optional<Integer> choose(String header, String content, List<String> options);
}
