package org.liaisonlog.model.common;

import java.time.Instant;
import java.util.UUID;

/**
 * What every stored record carries: its key, when it was created and last changed, and the
 * optimistic-lock version it was read at. A record not yet stored has version 0 and no times.
 */
public record RecordStamp(UUID id, int version, Instant createdAt, Instant updatedAt) {

    public static RecordStamp fresh() {
        return new RecordStamp(UUID.randomUUID(), 0, null, null);
    }

    public boolean isStored() {
        return createdAt != null;
    }
}
