package org.liaisonlog.persistence;

import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupNames;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/**
 * Checks the password of an encrypted backup against the key file beside it, before anything is
 * closed or moved: a wrong password is told at once and the open catalogue stays as it is.
 */
public final class BackupPasswords {

    private BackupPasswords() {
    }

    /**
     * Returns when {@code passphrase} opens {@code backup} (about half a second: a key derivation).
     *
     * @throws WrongPasswordException when it does not
     */
    public static void check(BackupInfo backup, char[] passphrase) {
        KeyFile.read(BackupNames.beside(backup.file(), BackupNames.KEY_SUFFIX)).unlock(passphrase);
    }
}
