package org.liaisonlog.gui.backup;

import java.time.ZoneId;
import org.liaisonlog.gui.util.DateTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.backup.BackupInfo;

/** How a backup is named to the user: when it was made (in the interface language) and its size. */
public final class BackupTexts {

    private BackupTexts() {
    }

    /** "12 May 2026, 14:03" in the interface's language and the system's time zone. */
    public static String madeAt(BackupInfo backup, Messages messages) {
        return DateTexts.dateTime(backup.madeAt(), ZoneId.systemDefault(), messages.locale());
    }

    /** "290.4 MB" or "812 KB". */
    public static String size(long bytes, Messages messages) {
        return bytes >= 1024 * 1024 ? messages.format("backup.size.mb", bytes / (1024.0 * 1024.0))
                : messages.format("backup.size.kb", Math.max(1, bytes / 1024));
    }
}
