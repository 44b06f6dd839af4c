package org.liaisonlog.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.model.common.RecordStamp;

/** Time stamps and optimistic-lock versions of stored records. */
final class Stamps {

    private Stamps() {
    }

    /**
     * The current time in UTC, cut to the microsecond: the columns keep microseconds, so a
     * stamp returned by a save equals the one read back later.
     */
    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    static RecordStamp stamp(UUID id, int version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
        return new RecordStamp(id, version, instant(createdAt), instant(updatedAt));
    }

    /** The stamp of a record just inserted: version 0, created and updated now. */
    static RecordStamp inserted(UUID id, OffsetDateTime now) {
        return stamp(id, 0, now, now);
    }

    /** Throws {@link StaleRecordException} unless a guarded update or delete touched one row. */
    static void requireOneRow(int rows, UUID id) {
        if (rows != 1) {
            throw new StaleRecordException(id);
        }
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
