package org.liaisonlog.logic.search;

/**
 * How far the in-memory index is.
 *
 * @param phase   where it is
 * @param done    records indexed so far
 * @param total   records to index (an estimate while building; 0 when not known yet)
 */
public record IndexState(Phase phase, long done, long total) {

    public enum Phase {
        /** {@link CatalogueSearch#startBuilding()} was not called yet: nothing is found. */
        NOT_STARTED,
        /** The index is being built; searches look in what is there so far. */
        BUILDING,
        /** Everything is indexed; searches are complete. */
        READY,
        /** Building failed (the catalogue could not be read); searches look in what is there. */
        FAILED
    }

    public boolean isReady() {
        return phase == Phase.READY;
    }

    /** 0…1, how much is done (1 when ready). */
    public double progress() {
        if (phase == Phase.READY) {
            return 1;
        }
        return total <= 0 ? 0 : Math.min(1, (double) done / total);
    }
}
