package org.liaisonlog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.liaisonlog.logic.catalogue.CatalogueLocation;
import org.liaisonlog.gui.event.EventsViewModel;
import org.liaisonlog.logic.catalogue.FirstStart;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.settings.SettingsFile;
import org.liaisonlog.persistence.CheckedOpen;
import org.liaisonlog.persistence.H2Catalogue;

/**
 * Opens the catalogue while the window's toolkit starts. The window cannot show a catalogue
 * before JavaFX has started, and opening the catalogue (checking it, connecting, migrating)
 * takes about as long: so when the command line asks for the window, and the folder holds a
 * catalogue without a password, {@link #begin} starts the very opening the window would do
 * ({@link CheckedOpen#open(Path)}) on a thread of its own, from {@code main}, before the toolkit
 * starts; the window then {@link #take}s its result instead of starting it.
 * Once open, the thread reads the events screen's first lines once, so that the database's and
 * jOOQ's first use is behind it when the screen asks.
 *
 * <p>It only opens what the window would open the same way: an existing catalogue that is not
 * encrypted (an encrypted one waits for its password; a new one for the first start's
 * questions).
 */
final class HeadStart {

    private static final Object LOCK = new Object();
    private static HeadStart begun;

    private final Path folder;
    private final LaunchOptions options;
    private final CompletableFuture<Optional<CheckedOpen.Result>> result = new CompletableFuture<>();

    private HeadStart(Path folder, LaunchOptions options) {
        this.folder = folder;
        this.options = options;
    }

    /** Starts opening the catalogue the window is asked to open, when there is one. */
    static void begin(LaunchOptions options) {
        Optional<Path> folder = windowCatalogue(options);
        if (folder.isEmpty()) {
            return;
        }
        HeadStart start = new HeadStart(folder.get(), options);
        synchronized (LOCK) {
            begun = start;
        }
        Thread thread = new Thread(start::open, "catalogue head start");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * The opening begun for {@code folder}, handed over once: the caller then owns the catalogue
     * it gives (see {@link #await}). Empty when none was begun for that folder.
     */
    static Optional<CompletableFuture<Optional<CheckedOpen.Result>>> take(Path folder) {
        synchronized (LOCK) {
            HeadStart start = begun;
            if (start == null || !start.folder.equals(folder.toAbsolutePath().normalize())) {
                return Optional.empty();
            }
            begun = null;
            return Optional.of(start.result);
        }
    }

    /**
     * Waits for the opening's result (empty: it did not open, as the catalogue turned out to be
     * encrypted); its failure is thrown as it was thrown.
     */
    static Optional<CheckedOpen.Result> await(CompletableFuture<Optional<CheckedOpen.Result>> opening) throws Exception {
        try {
            return opening.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** The catalogue folder the window will open, when it holds a catalogue; else empty. */
    static Optional<Path> windowCatalogue(LaunchOptions options) {
        Path folder;
        try {
            folder = CatalogueLocation.resolve(options.catalogue()).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return Optional.empty(); // the window will say what is wrong with it
        }
        return Files.isRegularFile(folder.resolve(ExistingCatalogue.CATALOGUE_FILE)) ? Optional.of(folder)
                : Optional.empty();
    }

    private void open() {
        StartupTrace.mark("head start");
        CheckedOpen.Result opened;
        try {
            if (H2Catalogue.isEncrypted(folder)) {
                result.complete(Optional.empty()); // its password first: the window asks
                return;
            }
            opened = CheckedOpen.open(folder);
        } catch (Throwable e) {
            result.completeExceptionally(e);
            return;
        }
        StartupTrace.mark("head start: catalogue open");
        result.complete(Optional.of(opened));
        if (opened instanceof CheckedOpen.Opened done) {
            warm(done.catalogue());
        }
    }

    /**
     * Reads once what the events screen reads first (its newest lines, in the language the window
     * will use), so that the database's and jOOQ's first use is done; the answer is dropped, and any
     * failure too (the window's own read meets it again and says so).
     */
    private void warm(H2Catalogue catalogue) {
        try {
            FirstStart.needsChoice(catalogue);
            String language = options.locale(new SettingsFile(folder).load().language()).getLanguage();
            new EventService(catalogue).newest(language, EventsViewModel.FIRST_LINES);
            StartupTrace.mark("head start: warm");
        } catch (RuntimeException e) {
            // the catalogue closed meanwhile, or a read failed: the window reads it again anyway
        }
    }
}
