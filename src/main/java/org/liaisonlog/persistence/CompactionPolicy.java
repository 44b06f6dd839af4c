package org.liaisonlog.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * When a catalogue is due for compacting ({@link CatalogueRewrite#compact}): its file only grows
 * while it is open (REUSE_SPACE=FALSE, decision 15), some 200–300 KB a save, so it is rewritten
 * once it is more than {@value #FACTOR} times as long as after its last compaction or rewrite
 * and at least {@link #MIN_GROWTH} bytes (32 MB) longer. The length after the last compaction is
 * kept in the record beside the file ({@link CatalogueFolder#CLOSED_RECORD}); without one (a
 * catalogue from before it was kept), nothing is due until the next close has recorded it.
 */
public final class CompactionPolicy {

    /** How many times its compacted length the file must be. */
    public static final int FACTOR = 2;
    /** How much longer than its compacted length the file must be, at least. */
    public static final long MIN_GROWTH = 32L * 1024 * 1024;

    /** The file's length now and after its last compaction (empty when not recorded). */
    public record Lengths(long now, Optional<Long> compacted) {

        /** True when the file has grown enough to be worth compacting. */
        public boolean due() {
            return compacted.isPresent() && isDue(now, compacted.get());
        }
    }

    private CompactionPolicy() {
    }

    /** True when the catalogue in {@code folder} is due for compacting (false when there is none). */
    public static boolean isDue(Path folder) {
        return lengths(folder).map(Lengths::due).orElse(false);
    }

    /** The catalogue file's lengths, or empty when there is no catalogue file. */
    public static Optional<Lengths> lengths(Path folder) {
        CatalogueFolder files = new CatalogueFolder(folder);
        try {
            return Optional.of(new Lengths(Files.size(files.databaseFile()), files.compactedLength()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The rule itself: more than {@value #FACTOR} times as long and at least {@link #MIN_GROWTH} longer. */
    static boolean isDue(long now, long compacted) {
        return now > FACTOR * compacted && now - compacted >= MIN_GROWTH;
    }
}
