package org.liaisonlog.logic.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.liaisonlog.logic.catalogue.Names;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;

/**
 * Finds the stored organisations and people whose names are a close spelling of a typed name:
 * the same but for case, punctuation, accents or a leading "the"; the same once Cyrillic and
 * Latin are brought to one Latin skeleton; a person's names in another order; or a letter or
 * two off (one for names of up to six letters, none for three or fewer, two for longer ones).
 */
public final class NameMatcher {

    /** Why a name matched, closest first. */
    public enum Reason {
        EXACT,
        SPELLING,
        TRANSLITERATION,
        WORD_ORDER,
        TYPO
    }

    /** A stored record that may be the one meant, the name of it that matched, and why. */
    public record Candidate<T>(T record, String matchedName, Reason reason, int distance) {
    }

    /** How a typed name compares with one stored name. */
    public record Match(Reason reason, int distance) {
    }

    private static final Comparator<Candidate<?>> RANKING = Comparator
            .comparing((Candidate<?> c) -> c.reason()).thenComparingInt(Candidate::distance)
            .thenComparing(c -> Names.key(c.matchedName()));

    private NameMatcher() {
    }

    /** The organisations whose name, Russian name, acronym or other names match, best first. */
    public static List<Candidate<Organisation>> organisations(String typed, List<Organisation> organisations) {
        return rank(typed, organisations, o -> Stream.concat(
                Stream.of(o.name(), o.displayName(), o.nameRu(), o.acronym()), o.otherNames().stream()), false);
    }

    /** The people whose name or other spellings match, best first. */
    public static List<Candidate<Person>> people(String typed, List<Person> people) {
        return rank(typed, people, p -> Stream.concat(Stream.of(p.name()), p.otherSpellings().stream()), true);
    }

    /**
     * The records to offer before a new one named {@code typed} is created: the close matches, best
     * first, or none when the best one is named exactly (then it is simply that record).
     */
    public static <T> List<T> offers(List<Candidate<T>> found) {
        return found.isEmpty() || found.get(0).reason() == Reason.EXACT ? List.of()
                : found.stream().map(Candidate::record).toList();
    }

    private static <T> List<Candidate<T>> rank(String typed, List<T> records, Function<T, Stream<String>> names,
                                               boolean anyWordOrder) {
        List<Candidate<T>> found = new ArrayList<>();
        if (typed == null || typed.isBlank()) {
            return found;
        }
        for (T record : records) {
            names.apply(record).filter(n -> n != null && !n.isBlank())
                    .flatMap(n -> compare(typed, n, anyWordOrder).map(m -> new Candidate<>(record, n, m.reason(),
                            m.distance())).stream())
                    .min(RANKING)
                    .ifPresent(found::add);
        }
        found.sort(RANKING);
        return found;
    }

    /** How {@code typed} compares with {@code name}; empty when it is no close spelling of it. */
    public static Optional<Match> compare(String typed, String name, boolean anyWordOrder) {
        if (Names.key(typed).equals(Names.key(name))) {
            return Optional.of(new Match(Reason.EXACT, 0));
        }
        String plainTyped = NameSkeleton.plain(typed);
        String plainName = NameSkeleton.plain(name);
        if (plainTyped.isEmpty() || plainName.isEmpty()) {
            return Optional.empty();
        }
        if (plainTyped.equals(plainName)) {
            return Optional.of(new Match(Reason.SPELLING, 0));
        }
        String skeletonTyped = NameSkeleton.skeleton(typed);
        String skeletonName = NameSkeleton.skeleton(name);
        if (skeletonTyped.equals(skeletonName)) {
            return Optional.of(new Match(Reason.TRANSLITERATION, 0));
        }
        String sortedTyped = sorted(typed);
        String sortedName = sorted(name);
        if (anyWordOrder && sortedTyped.equals(sortedName)) {
            return Optional.of(new Match(Reason.WORD_ORDER, 0));
        }
        int allowed = allowedDistance(Math.min(skeletonTyped.length(), skeletonName.length()));
        int distance = distance(skeletonTyped, skeletonName, allowed);
        if (anyWordOrder) {
            distance = Math.min(distance, distance(sortedTyped, sortedName, allowed));
        }
        return distance <= allowed ? Optional.of(new Match(Reason.TYPO, distance)) : Optional.empty();
    }

    /** How many letters may be off in a name of this length. */
    static int allowedDistance(int length) {
        return length <= 3 ? 0 : length <= 6 ? 1 : 2;
    }

    private static String sorted(String name) {
        return String.join("", NameSkeleton.skeletonWords(name).stream().sorted().toList());
    }

    /**
     * The Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
     * substitutions and swaps of neighbours), or {@code limit + 1} once it is known to be larger.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, d[i - 2][j - 2] + 1);
                }
                d[i][j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return Math.min(d[a.length()][b.length()], limit + 1);
    }
}
