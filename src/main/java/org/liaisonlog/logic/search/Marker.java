package org.liaisonlog.logic.search;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.liaisonlog.logic.search.QueryText.Part;

/**
 * Marks the words of a text that the query matched, the way the index matched them: the same
 * word, the same skeleton, the start of a word (the last query word) or a word within the
 * allowed edits. Excluded words are not marked.
 *
 * <p>One is made per search and shared by its hits' {@link HitTexts}, which may be marked on
 * different threads: it is safe to use from several at once.
 */
final class Marker {

    private record Wanted(String term, Set<String> skeletons, boolean prefix, int edits) {
    }

    /** Matches nothing (never changed). */
    private static final BitSet NONE = new BitSet(0);

    private final List<Wanted> wanted = new ArrayList<>();
    /**
     * Which query words each word met so far matches: the texts of one search's hits repeat many
     * words, and this query's verdict on a word does not change.
     */
    private final Map<String, BitSet> verdicts = new ConcurrentHashMap<>();

    Marker(QueryText text, boolean fuzzy) {
        for (List<Part> alternatives : text.required()) {
            for (Part part : alternatives) {
                List<String> terms = Analysis.terms(part.text());
                for (int i = 0; i < terms.size(); i++) {
                    String term = terms.get(i);
                    boolean prefix = part.prefix() && i == terms.size() - 1 && term.length() >= 2;
                    int edits = fuzzy && !part.phrase() ? Queries.edits(term) : 0;
                    wanted.add(new Wanted(term, new HashSet<>(Skeleton.of(term)), prefix, edits));
                }
            }
        }
    }

    boolean isEmpty() {
        return wanted.isEmpty();
    }

    /** How many words a text can match at most: a text that matches them all cannot be bettered. */
    int words() {
        return wanted.size();
    }

    /** The text with its matching words marked, and how many different query words matched. */
    Result mark(String text) {
        return mark(text, Integer.MAX_VALUE);
    }

    /**
     * The text with its matching words marked, and how many different query words matched; once
     * every query word is found, the words that begin {@code enough} characters or more after the
     * first mark are not read (nor marked): a snippet of that length around the first mark shows
     * none of them.
     */
    Result mark(String text, int enough) {
        if (wanted.isEmpty() || text == null || text.isEmpty()) {
            return new Result(Marked.plain(text), 0);
        }
        List<Range> marks = new ArrayList<>();
        BitSet found = new BitSet(wanted.size());
        Analysis.tokens(text, (term, start, end) -> {
            if (!marks.isEmpty() && start - marks.get(0).start() >= enough && found.cardinality() == wanted.size()) {
                return false;
            }
            BitSet matches = verdicts.get(term); // most words were met before: get is cheaper than computeIfAbsent
            if (matches == null) {
                matches = verdicts.computeIfAbsent(term, this::matches);
            }
            if (!matches.isEmpty()) {
                found.or(matches);
                if (marks.isEmpty() || marks.get(marks.size() - 1).end() <= start) {
                    marks.add(new Range(start, end));
                }
            }
            return true;
        });
        return new Result(new Marked(text, marks), found.cardinality());
    }

    /** Which query words a word of a text matches (by their place in the query). */
    private BitSet matches(String term) {
        BitSet matches = null;
        List<String> skeletons = null;
        for (int w = 0; w < wanted.size(); w++) {
            Wanted want = wanted.get(w);
            boolean hit = term.equals(want.term()) || (want.prefix() && term.startsWith(want.term()));
            if (!hit) {
                if (skeletons == null) {
                    skeletons = Skeleton.of(term);
                }
                for (String skeleton : skeletons) {
                    if (want.skeletons().contains(skeleton)
                            || (want.prefix() && startsWithAny(skeleton, want.skeletons()))
                            || (want.edits() > 0 && near(skeleton, want.skeletons(), want.edits()))) {
                        hit = true;
                        break;
                    }
                }
            }
            if (!hit && want.edits() > 0) {
                hit = withinEdits(term, want.term(), want.edits());
            }
            if (hit) {
                if (matches == null) {
                    matches = new BitSet(wanted.size());
                }
                matches.set(w);
            }
        }
        return matches == null ? NONE : matches;
    }

    record Result(Marked marked, int words) {
    }

    /** Whether the skeleton begins with one of the wanted ones (of two letters or more). */
    private static boolean startsWithAny(String skeleton, Set<String> wanted) {
        for (String w : wanted) {
            if (w.length() >= 2 && skeleton.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean near(String skeleton, Set<String> wanted, int edits) {
        for (String w : wanted) {
            if (w.length() >= 4 && withinEdits(skeleton, w, edits)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when {@code a} is within {@code max} edits of {@code b} (insertions, deletions,
     * substitutions and swaps of neighbours), with the first letter the same as the index demands.
     */
    static boolean withinEdits(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int n = a.length();
        int m = b.length();
        int[][] d = new int[n + 1][m + 1];
        for (int i = 0; i <= n; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= m; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return false;
            }
        }
        return d[n][m] <= max;
    }
}
