package org.liaisonlog.model.event;

import java.time.LocalDate;
import java.util.UUID;

/** Where a record came from: a press release, a web page, a note. */
public record Source(UUID id, String url, String publisher, LocalDate publishedOn, String text) {
}
