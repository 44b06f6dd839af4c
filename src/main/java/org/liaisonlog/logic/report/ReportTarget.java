package org.liaisonlog.logic.report;

import java.util.UUID;

/** An event or trip a report can be made of, as the command line lists candidates: id and a readable label. */
public record ReportTarget(UUID id, String label) {
}
