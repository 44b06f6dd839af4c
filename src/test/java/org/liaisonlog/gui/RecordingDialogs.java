package org.liaisonlog.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisonlog.gui.util.DialogService;

/** A dialog service for view-model tests: answers as told and records what was asked. */
public final class RecordingDialogs implements DialogService {

    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private boolean confirmAnswer;

    public void answerConfirmations(boolean answer) {
        this.confirmAnswer = answer;
    }

    @Override
    public boolean confirm(String header, String content, String confirmLabel) {
        asked.add(header);
        return confirmAnswer;
    }

    @Override
    public void showError(String header, String content) {
        errors.add(header + ": " + content);
    }

    @Override
    public Optional<Integer> choose(String header, String content, List<String> options) {
        asked.add(header);
        return Optional.empty();
    }

    public List<String> asked() {
        return asked;
    }

    public List<String> errors() {
        return errors;
    }
}
