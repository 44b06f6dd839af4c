package org.liaisonlog.logic.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.liaisonlog.logic.search.QueryText.Part;

/**
 * Marks the words of a text that the query matched, the way the index matched them: the same
 * word, the same skeleton, the start of a word (the last query word) or a word within the
 * allowed edits. Excluded words are not marked.
 */
final class Marker {

    private record Wanted(String term, Set<String> skeletons, boolean prefix, int edits) {
    }

    private final List<Wanted> wanted = new ArrayList<>();
    /** The skeletons of the words met so far: the texts of one search's hits repeat many words. */
    private final Map<String, List<String>> skeletonCache = new HashMap<>();

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
        List<Range> marks = new ArrayList<>();
        Set<Integer> found = new HashSet<>();
        if (wanted.isEmpty() || text == null || text.isEmpty()) {
            return new Result(Marked.plain(text), 0);
        }
        for (Analysis.Token token : Analysis.tokens(text)) {
            List<String> skeletons = null;
            for (int w = 0; w < wanted.size(); w++) {
                Wanted want = wanted.get(w);
                boolean hit = token.term().equals(want.term())
                        || (want.prefix() && token.term().startsWith(want.term()));
                if (!hit) {
                    if (skeletons == null) {
                        skeletons = skeletonCache.computeIfAbsent(token.term(), Skeleton::of);
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
                    hit = withinEdits(token.term(), want.term(), want.edits());
                }
                if (hit) {
                    found.add(w);
                    if (marks.isEmpty() || marks.get(marks.size() - 1).end() <= token.start()) {
                        marks.add(new Range(token.start(), token.end()));
                    }
                }
            }
        }
        return new Result(new Marked(text, marks), found.size());
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
