package org.liaisonlog.gui.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.liaisonlog.gui.util.DialogService;
import org.liaisonlog.gui.util.ErrorTexts;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.merge.MergeImpact;
import org.liaisonlog.logic.merge.MergeService;
import org.liaisonlog.logic.merge.NameMatcher;
import org.liaisonlog.logic.util.TaskExecutor;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * The "Merge into…" command of the people and organisations screens: the user picks the record
 * to keep (close spellings of the duplicate's name first), is told what will move, and the
 * duplicate is merged into it.
 */
public final class MergeViewModel {

    /** Which screen's records are merged. */
    public enum Kind { PERSON, ORGANISATION }

    private final Kind kind;
    private final MergeService service;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private BiFunction<String, List<MergeTarget>, Optional<MergeTarget>> targetChooser = (n, c) -> Optional.empty();
    private Consumer<UUID> onMerged = id -> { };

    public MergeViewModel(Kind kind, MergeService service, TaskExecutor executor, DialogService dialogs,
                          Messages messages) {
        this.kind = kind;
        this.service = service;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** How the record to keep is chosen, given the duplicate's name and the candidates; the view shows a dialog. */
    public void setTargetChooser(BiFunction<String, List<MergeTarget>, Optional<MergeTarget>> chooser) {
        this.targetChooser = chooser;
    }

    /** What happens after a merge, with the id of the record kept (the screen reloads). */
    public void setOnMerged(Consumer<UUID> onMerged) {
        this.onMerged = onMerged;
    }

    /**
     * Merges the record into one the user picks, after saying what will move.
     *
     * @param fromName the name its close spellings are looked for by (as the table shows it); an
     *                 organisation is named to the user as the candidates are, with its acronym
     */
    public void merge(UUID fromId, String fromName) {
        if (fromId == null) {
            return;
        }
        executor.run(() -> new Prepared(candidates(fromId, fromName), impact(fromId), shownName(fromId, fromName)),
                prepared -> chooseAndMerge(fromId, prepared), this::failed);
    }

    private void chooseAndMerge(UUID fromId, Prepared prepared) {
        String name = prepared.name();
        Optional<MergeTarget> target = targetChooser.apply(name, prepared.candidates());
        if (target.isPresent() && dialogs.confirm(messages.format("merge.question", name, target.get().name()),
                detail(prepared.impact(), name, target.get().name()), messages.get("merge.action"))) {
            UUID into = target.get().id();
            executor.run(() -> {
                mergeNow(fromId, into);
                return into;
            }, onMerged, this::failed);
        }
    }

    /** The candidates: close spellings of the name first, best first, then the rest in their order. */
    List<MergeTarget> candidates(UUID fromId, String fromName) {
        List<MergeTarget> result = new ArrayList<>();
        Set<UUID> close = new HashSet<>();
        if (kind == Kind.PERSON) {
            List<Person> people = service.peopleOtherThan(fromId);
            NameMatcher.people(fromName, people).forEach(c -> {
                close.add(c.record().id());
                result.add(target(c.record(), true));
            });
            people.stream().filter(p -> !close.contains(p.id())).forEach(p -> result.add(target(p, false)));
        } else {
            List<Organisation> organisations = service.organisationsOutside(fromId);
            NameMatcher.organisations(fromName, organisations).forEach(c -> {
                close.add(c.record().id());
                result.add(target(c.record(), true));
            });
            organisations.stream().filter(o -> !close.contains(o.id())).forEach(o -> result.add(target(o, false)));
        }
        return result;
    }

    /** The duplicate's name for the dialogs: an organisation's as the candidates are named (full name and acronym). */
    private String shownName(UUID fromId, String fromName) {
        return kind == Kind.PERSON ? fromName
                : service.organisation(fromId).map(o -> target(o, false).name()).orElse(fromName);
    }

    private static MergeTarget target(Person p, boolean close) {
        return new MergeTarget(p.id(), p.name(), p.otherSpellings(), close);
    }

    /** Named as the organisations table names it: in Russian in the Russian interface where it can be. */
    private MergeTarget target(Organisation o, boolean close) {
        List<String> names = new ArrayList<>(o.otherNames());
        boolean russian = "ru".equals(messages.language()) && o.nameRu() != null && !o.nameRu().isBlank();
        if (russian) {
            names.add(o.displayName());
            String acronym = o.acronym();
            String name = acronym == null || acronym.isBlank() || o.nameRu().contains(acronym) ? o.nameRu()
                    : o.nameRu() + " (" + acronym + ")";
            return new MergeTarget(o.id(), name, names, close);
        }
        if (o.nameRu() != null) {
            names.add(o.nameRu());
        }
        return new MergeTarget(o.id(), o.displayName(), names, close);
    }

    private MergeImpact impact(UUID id) {
        return kind == Kind.PERSON ? service.personImpact(id) : service.organisationImpact(id);
    }

    private void mergeNow(UUID from, UUID into) {
        if (kind == Kind.PERSON) {
            service.mergePeople(from, into);
        } else {
            service.mergeOrganisations(from, into);
        }
    }

    /** "2 attendance lines, 1 event organised will move to 'X'; 'Y' will be kept as another name of it." */
    String detail(MergeImpact impact, String fromName, String intoName) {
        List<String> parts = new ArrayList<>();
        add(parts, "merge.attendanceLines", impact.attendanceLines());
        add(parts, "merge.eventsOrganised", impact.eventsOrganised());
        add(parts, "merge.people", impact.people());
        add(parts, "merge.subOrganisations", impact.subOrganisations());
        add(parts, "merge.trips", impact.trips());
        String moves = parts.isEmpty() ? messages.format("merge.nothingMoves", intoName)
                : messages.format("merge.moves", String.join(", ", parts), intoName);
        return moves + " " + messages.format("merge.keptName", fromName, intoName);
    }

    private void add(List<String> parts, String key, int count) {
        if (count > 0) {
            parts.add(messages.format(key, count));
        }
    }

    private void failed(Throwable error) {
        dialogs.showError(messages.get("merge.failed"), ErrorTexts.describe(error, messages));
    }

    private record Prepared(List<MergeTarget> candidates, MergeImpact impact, String name) {
    }
}
