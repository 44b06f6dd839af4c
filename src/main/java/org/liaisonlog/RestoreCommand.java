package org.liaisonlog;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.liaisonlog.logic.backup.BackupException;
import org.liaisonlog.logic.backup.BackupInfo;
import org.liaisonlog.logic.backup.BackupNames;
import org.liaisonlog.logic.catalogue.CatalogueInUseException;
import org.liaisonlog.logic.catalogue.WrongPasswordException;
import org.liaisonlog.persistence.CatalogueOpener;
import org.liaisonlog.persistence.H2Backups;
import org.liaisonlog.persistence.H2Catalogue;
import org.liaisonlog.persistence.H2Recovery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code liaison-log restore BACKUP}: puts a backup in place of the catalogue. The current file is
 * kept aside, never deleted; the restored one is opened and checked, and on any failure the
 * previous state is put back.
 */
@Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = Launcher.Version.class,
        description = "Puts the backup BACKUP (a catalogue-YYYYMMDD-HHMMSS.mv.db file) in place of the catalogue."
                + " The current catalogue file is kept beside it as catalogue-replaced-YYYYMMDD-HHMMSS.mv.db, never"
                + " deleted. The restored catalogue is opened and checked; if that fails the previous one is put"
                + " back. The catalogue must not be open in a window. An encrypted backup asks for the password"
                + " it had when it was made.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogueOption catalogue;

    @Parameters(paramLabel = "BACKUP", description = "The backup file to restore.")
    Path backup;

    @Override
    public Integer call() {
        Logging.quiet();
        Path folder = catalogue.folder();
        Path file = backup.toAbsolutePath().normalize();
        if (!Files.isRegularFile(file) || !file.getFileName().toString().endsWith(BackupNames.DATABASE_SUFFIX)) {
            throw new CommandFailure("there is no backup file " + file);
        }
        BackupInfo info = H2Backups.describe(file);
        boolean encrypted = Files.exists(BackupNames.beside(file, BackupNames.KEY_SUFFIX));
        char[] passphrase = encrypted ? catalogue.password.current("Password of the backup " + file.getFileName() + ": ") : null;
        CatalogueOpener opener = encrypted ? f -> H2Catalogue.open(f, passphrase) : H2Catalogue::open;
        Optional<Path> kept;
        try {
            kept = new H2Recovery(opener, Clock.systemDefaultZone()).restore(folder, info);
        } catch (CatalogueInUseException e) {
            throw new CommandFailure(ExistingCatalogue.inUse(folder) + "; nothing was changed");
        } catch (WrongPasswordException e) {
            throw new CommandFailure("Wrong password for the backup; nothing was changed");
        } catch (BackupException e) {
            throw new CommandFailure(e.getMessage() + "; the catalogue is as it was");
        } finally {
            PasswordOption.wipe(passphrase);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Restored " + file + " into " + folder);
        out.println(info.verified() ? "  " + BackupCommand.Counts.text(info.counts())
                : "  (the backup had no manifest; it was checked when restored)");
        out.println(kept.map(path -> "  The catalogue it replaced is kept as " + path)
                .orElse("  There was no catalogue to replace."));
        out.flush();
        return 0;
    }
}
