package org.liaisonlog.gui.editor;

/**
 * The message keys in which the record editors differ: what a failed save says, the question
 * before discarding changes, and (for the editors that offer them) what a failed deletion says
 * and the question before saving for a report.
 */
public record EditorTexts(String saveFailed, String discardQuestion, String discardDetail, String deleteFailed,
                          String reportSaveQuestion) {

    /** The keys of an editor without Delete and Report. */
    public EditorTexts(String saveFailed, String discardQuestion, String discardDetail) {
        this(saveFailed, discardQuestion, discardDetail, null, null);
    }
}
