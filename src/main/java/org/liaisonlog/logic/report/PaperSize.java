package org.liaisonlog.logic.report;

/** The paper a PDF is laid out for. */
public enum PaperSize {
    A4,
    LETTER
}
