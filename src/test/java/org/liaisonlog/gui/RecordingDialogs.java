package org.liaisonlog.gui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.PageImage;
import org.liaisonlog.gui.util.PagePrinter;

/** A dialog service for view-model tests: answers as told and records what was asked. */
public final class RecordingDialogs implements DialogService {

    private final List<String> asked = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();
    private boolean confirmAnswer;
    private Integer choiceAnswer;
    private final List<String> contents = new ArrayList<>();
    private Path saveAnswer;
    private final List<String> suggestedNames = new ArrayList<>();
    private boolean printerAnswer;
    private final List<PageImage> printed = new ArrayList<>();
    private boolean printFinished;

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

    /** What {@link #chooseSaveFile} answers from now on: the file, or null for a dialog cancelled. */
    public void answerSaveFile(Path file) {
        this.saveAnswer = file;
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, String extensionDescription,
                                         String extension) {
        asked.add(title);
        suggestedNames.add(suggestedName + "." + extension);
        return Optional.ofNullable(saveAnswer);
    }

    /** The file names {@link #chooseSaveFile} suggested, with their extensions, in order. */
    public List<String> suggestedNames() {
        return suggestedNames;
    }

    private Path folderAnswer;

    /** What {@link #chooseFolder} answers from now on: the folder, or null for a dialog cancelled. */
    public void answerFolder(Path folder) {
        this.folderAnswer = folder;
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        asked.add(title);
        return Optional.ofNullable(folderAnswer);
    }

    /** Whether {@link #choosePrinter} confirms from now on (pages then go to {@link #printed()}). */
    public void answerPrinter(boolean confirm) {
        this.printerAnswer = confirm;
    }

    @Override
    public Optional<PagePrinter> choosePrinter(String jobName) {
        asked.add(jobName);
        if (!printerAnswer) {
            return Optional.empty();
        }
        return Optional.of(new PagePrinter() {
            @Override
            public boolean print(PageImage page) {
                printed.add(page);
                return true;
            }

            @Override
            public boolean finish() {
                printFinished = true;
                return true;
            }

            @Override
            public void cancel() {
                printed.clear();
            }
        });
    }

    /** The pages sent to the printer. */
    public List<PageImage> printed() {
        return printed;
    }

    /** True once a print job was sent to the printer. */
    public boolean printFinished() {
        return printFinished;
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
