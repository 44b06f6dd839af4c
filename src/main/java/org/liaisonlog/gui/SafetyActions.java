package org.liaisonlog.gui;

/**
 * The File menu's safety items the program offers for the catalogue open: restore a backup, the
 * backup and lock settings, and the password changes that apply (null where one does not: Encrypt…
 * for a catalogue without a password; Change password… and Remove password… for an encrypted one).
 */
public record SafetyActions(Runnable restore, Runnable settings, Runnable encrypt, Runnable changePassword,
                            Runnable removePassword) {
}
