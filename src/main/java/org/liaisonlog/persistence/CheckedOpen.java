package org.liaisonlog.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.liaisonlog.logic.backup.CheckReport;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;

/**
 * Opening a catalogue with damage detection, for the window: (1) the quick check of the closed
 * file opened read-only ({@link CatalogueCheck#beforeOpen}: H2's read-write open would quietly go
 * back to an earlier state of some damaged files), (2) the open itself, (3) the quick check of
 * the open catalogue. A failure of any of them that is not "in use" and not a wrong password
 * means {@link Damaged}: the caller then offers {@link H2Recovery#setAside} and the newest
 * verified backup. A folder with no catalogue yet is simply opened (created).
 */
public final class CheckedOpen {

    /** What opening found. */
    public sealed interface Result permits Opened, Damaged {
    }

    /** The catalogue opened and passed the quick checks; the caller closes it. */
    public record Opened(H2Catalogue catalogue) implements Result {
    }

    /** The catalogue is damaged (it is closed again): what was checked and what failed. */
    public record Damaged(CheckReport report) implements Result {
    }

    private CheckedOpen() {
    }

    /**
     * Opens the catalogue in {@code folder} that is not encrypted.
     *
     * @throws CatalogueInUseException when another window has it open
     * @throws CatalogueException      when it is encrypted ("error.passwordNeeded"), or cannot be
     *                                 opened for a reason that is not damage
     */
    public static Result open(Path folder) {
        return open(folder, null, H2Catalogue::open);
    }

    /**
     * Opens the encrypted catalogue in {@code folder} with its password (the key is derived once,
     * about half a second). The caller keeps and wipes {@code passphrase}.
     *
     * @throws WrongPasswordException when the password is not the catalogue's (nothing touched)
     */
    public static Result open(Path folder, char[] passphrase) {
        Path normalized = folder.toAbsolutePath().normalize();
        if (!H2Catalogue.isEncrypted(normalized)) {
            return open(normalized, null, H2Catalogue::open);
        }
        KeyFile keyFile = KeyFile.readFrom(normalized);
        FileKey key = keyFile.unlock(passphrase);
        return open(normalized, key, f -> H2Catalogue.open(f, key, keyFile));
    }

    /**
     * The file is not shorter than when it was last closed (it only grows while open): a file cut
     * short opens silently at an earlier state in H2, so only this tells.
     */
    static CheckReport.Item lengthSinceClosed(Path folder) {
        CatalogueFolder files = new CatalogueFolder(folder);
        java.util.Optional<Long> recorded = files.closedLength();
        long now;
        try {
            now = Files.size(files.databaseFile());
        } catch (java.io.IOException e) {
            return new CheckReport.Item(LENGTH, false, "the file's length cannot be read");
        }
        boolean whole = recorded.isEmpty() || now >= recorded.get();
        return new CheckReport.Item(LENGTH, whole, whole ? "" : "the file is " + now + " bytes long; it was "
                + recorded.get() + " when the catalogue was last closed");
    }

    private static final String LENGTH = "the file is as long as when it was last closed";

    /** The three steps, with the key for the read-only check and the opener for the open. */
    static Result open(Path folder, FileKey key, CatalogueOpener opener) {
        Path normalized = folder.toAbsolutePath().normalize();
        List<CheckReport.Item> items = new ArrayList<>();
        long start = System.nanoTime();
        if (Files.exists(normalized.resolve(CatalogueFolder.DATABASE_FILE))) {
            CheckReport.Item length = lengthSinceClosed(normalized);
            if (!length.passed()) {
                return new Damaged(new CheckReport(CheckReport.Outcome.DAMAGED, List.of(length),
                        Duration.ofNanos(System.nanoTime() - start)));
            }
            items.add(length);
            CheckReport before = CatalogueCheck.beforeOpen(normalized, key);
            switch (before.outcome()) {
                case IN_USE -> throw new CatalogueInUseException(null);
                case WRONG_KEY -> throw new WrongPasswordException();
                case DAMAGED -> {
                    return new Damaged(before);
                }
                default -> items.addAll(before.items());
            }
        }
        H2Catalogue catalogue;
        try {
            catalogue = opener.open(normalized);
        } catch (CatalogueInUseException | WrongPasswordException e) {
            throw e;
        } catch (CatalogueException e) {
            if (!e.messageKey().equals("error.catalogueOpen")
                    || !Files.exists(normalized.resolve(CatalogueFolder.DATABASE_FILE))) {
                throw e;
            }
            items.add(new CheckReport.Item("the file opens for writing", false, CatalogueCheck.failure(e)));
            return new Damaged(new CheckReport(CheckReport.Outcome.DAMAGED, items,
                    Duration.ofNanos(System.nanoTime() - start)));
        }
        CheckReport quick;
        try {
            quick = CatalogueCheck.quick(catalogue);
        } catch (RuntimeException e) {
            quick = new CheckReport(CheckReport.Outcome.DAMAGED,
                    List.of(new CheckReport.Item("the quick check runs", false, CatalogueCheck.failure(e))),
                    Duration.ofNanos(System.nanoTime() - start));
        }
        if (quick.damaged()) {
            catalogue.close();
            return new Damaged(quick);
        }
        return new Opened(catalogue);
    }
}
