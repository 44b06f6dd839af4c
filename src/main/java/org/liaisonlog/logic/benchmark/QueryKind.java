package org.liaisonlog.logic.benchmark;

/** The kinds of search the benchmark times, with the target set for its 95th percentile. */
public enum QueryKind {
    EXACT("exact word", 50),
    PREFIX("prefix while typing", 50),
    TYPO("typo", 150),
    CROSS_SCRIPT("cross-script", 0),
    FILTERED("filtered", 0),
    CO_ATTENDANCE("co-attendance", 150);

    private final String label;
    private final int targetP95Millis;

    QueryKind(String label, int targetP95Millis) {
        this.label = label;
        this.targetP95Millis = targetP95Millis;
    }

    public String label() {
        return label;
    }

    /** The p95 target in ms, or 0 when none is set for this kind. */
    public int targetP95Millis() {
        return targetP95Millis;
    }
}
