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
    private Integer choiceAnswer;
    private final List<String> contents = new ArrayList<>();

    public void answerConfirmations(boolean answer) {
        this.confirmAnswer = answer;
    }

    /** What {@link #choose} answers from now on: the option's index, or null for a dialog closed. */
    public void answerChoices(Integer index) {
        this.choiceAnswer = index;
    }

    @Override
    public boolean confirm(String header, String content, String confirmLabel) {
        asked.add(header);
        contents.add(content);
        return confirmAnswer;
    }

    @Override
    public void showError(String header, String content) {
        errors.add(header + ": " + content);
    }

    @Override
    public Optional<Integer> choose(String header, String content, List<String> options) {
        asked.add(header);
        contents.add(content);
        return Optional.ofNullable(choiceAnswer);
    }

    public List<String> asked() {
        return asked;
    }

    /** The content text of every confirmation and choice asked, in order. */
    public List<String> contents() {
        return contents;
    }

    public List<String> errors() {
        return errors;
    }
}
