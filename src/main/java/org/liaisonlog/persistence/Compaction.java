package org.liaisonlog.persistence;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * What it takes to compact a catalogue after it is closed without asking for its password again:
 * taken from the open catalogue ({@link H2Catalogue#compaction()}) before it is closed, it holds
 * the catalogue's folder and, for an encrypted one, the key it was opened with (the same key
 * object, no copy of it). {@link #close()} lets go of the key; the key never leaves this package.
 *
 * <p>Used after closing, off the interface thread:
 * <pre>{@code
 * try (Compaction compaction = catalogue.compaction()) {
 *     catalogue.close();
 *     compaction.runIfDue();
 * }
 * }</pre>
 */
public final class Compaction implements AutoCloseable {

    private final Path folder;
    private final boolean encrypted;
    /** True once the catalogue the handle came from is closed. */
    private final BooleanSupplier catalogueClosed;
    private FileKey key;
    private boolean closed;

    Compaction(Path folder, FileKey key, BooleanSupplier catalogueClosed) {
        this.folder = folder;
        this.encrypted = key != null;
        this.key = key;
        this.catalogueClosed = catalogueClosed;
    }

    public Path folder() {
        return folder;
    }

    /** True when the catalogue has grown enough to be compacted ({@link CompactionPolicy}). */
    public boolean isDue() {
        return CompactionPolicy.isDue(folder);
    }

    /** Compacts the catalogue when it is due; empty when it was not. */
    public synchronized Optional<CatalogueRewrite.Result> runIfDue() {
        return isDue() ? Optional.of(run()) : Optional.empty();
    }

    /**
     * Compacts the (closed) catalogue now, keeping its encryption and password: a verified
     * rewrite ({@link CatalogueRewrite#compact(Path)}).
     *
     * @throws IllegalStateException when this handle is closed, or the catalogue it came from is
     *                               still open (in this process H2 would not refuse the file)
     * @throws org.liaisonlog.logic.catalogue.CatalogueInUseException while the catalogue is open
     * @throws org.liaisonlog.logic.catalogue.WrongPasswordException when the catalogue's password
     *                                 was changed since the handle was taken
     */
    public synchronized CatalogueRewrite.Result run() {
        if (closed) {
            throw new IllegalStateException("This compaction handle is closed");
        }
        if (!catalogueClosed.getAsBoolean()) {
            throw new IllegalStateException("The catalogue is still open: close it before compacting it");
        }
        return encrypted ? CatalogueRewrite.compact(folder, key) : CatalogueRewrite.compact(folder);
    }

    /** Lets go of the key; the handle cannot be used any more. */
    @Override
    public synchronized void close() {
        closed = true;
        key = null;
    }
}
