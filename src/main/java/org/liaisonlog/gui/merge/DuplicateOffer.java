package org.liaisonlog.gui.merge;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.merge.NameMatcher.Candidate;
import org.liaisonlog.logic.util.TaskExecutor;

/**
 * Before a new person or organisation is created, offers the closest stored one whose name is a
 * close spelling of the typed name: "Use the existing 'X'?" with [use existing, create new].
 */
public final class DuplicateOffer {

    /** What the user answered. */
    public enum Answer { USE_EXISTING, CREATE_NEW, CANCELLED }

    private DuplicateOffer() {
    }

    /** Asks whether the stored record named {@code existing} is the one {@code typed} meant. */
    public static Answer ask(DialogService dialogs, Messages messages, String typed, String existing) {
        Optional<Integer> choice = dialogs.choose(messages.format("duplicate.question", existing),
                messages.format("duplicate.detail", existing, typed.strip()),
                List.of(messages.get("duplicate.useExisting"), messages.get("duplicate.createNew")));
        return choice.isEmpty() ? Answer.CANCELLED : choice.get() == 0 ? Answer.USE_EXISTING : Answer.CREATE_NEW;
    }

    /** Asks about the best candidate; CREATE_NEW without asking when there is none. */
    public static <T> Answer ask(DialogService dialogs, Messages messages, String typed, List<Candidate<T>> candidates,
                                 Function<T, String> nameOf) {
        if (candidates.isEmpty()) {
            return Answer.CREATE_NEW;
        }
        return ask(dialogs, messages, typed, nameOf.apply(candidates.get(0).record()));
    }

    /**
     * Finds the candidates in the background, then asks on the window's thread and calls
     * {@code useExisting} with the one chosen, {@code createNew}, or {@code cancelled}.
     */
    public static <T> void offer(TaskExecutor executor, DialogService dialogs, Messages messages, String typed,
                                 Supplier<List<Candidate<T>>> candidates, Function<T, String> nameOf,
                                 Consumer<T> useExisting, Runnable createNew, Runnable cancelled,
                                 Consumer<Throwable> failed) {
        executor.run(candidates::get, found -> {
            switch (ask(dialogs, messages, typed, found, nameOf)) {
                case USE_EXISTING -> useExisting.accept(found.get(0).record());
                case CREATE_NEW -> createNew.run();
                default -> cancelled.run();
            }
        }, failed);
    }
}
