package org.liaisonlog.model.theme;

import java.util.Objects;
import java.util.UUID;
import org.liaisonlog.model.common.RecordStamp;

/**
 * A theme of the taxonomy; themes form a tree through {@code parentId}.
 *
 * @param refKey the key of the shipped taxonomy entry it came from, or null for one added later
 */
public record Theme(RecordStamp stamp, UUID parentId, String refKey, String nameEn, String nameRu, int sortOrder) {

    public Theme {
        Objects.requireNonNull(stamp, "stamp");
        Objects.requireNonNull(nameEn, "nameEn");
    }

    public UUID id() {
        return stamp.id();
    }

    public String name(String language) {
        return "ru".equals(language) && nameRu != null && !nameRu.isBlank() ? nameRu : nameEn;
    }
}
