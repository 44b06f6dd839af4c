package org.liaisonlog.logic.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's query read into parts. Tolerant: any text gives a reading and never an exception;
 * what cannot be read as syntax is read as words (an unclosed quote runs to the end, an empty
 * {@code theme:} or a bad {@code year:} is ignored, a lone {@code -} or {@code OR} is ignored).
 * A field it ignored is kept as the reading's {@code problem}, for the user to be told.
 *
 * @param required  parts that must match; each inner list holds alternatives joined by OR
 * @param excluded  parts that must not match
 * @param yearFrom  the first year asked for by {@code year:}, or null
 * @param yearTo    the last year asked for by {@code year:}, or null
 * @param problem   the first field that was ignored, or null
 */
record QueryText(List<List<Part>> required, List<Part> excluded, Integer yearFrom, Integer yearTo,
                 QueryProblem problem) {

    /** Where a part is looked for. */
    enum Scope { ALL, THEME, ORG, COUNTRY }

    /**
     * One word or phrase.
     *
     * @param text   as the user wrote it (without quotes or prefix)
     * @param phrase true for a quoted phrase
     * @param prefix true when its last word may be the start of a longer word (the last word of the query)
     */
    record Part(Scope scope, String text, boolean phrase, boolean prefix) {
    }

    private static final int MAX_PARTS = 16;
    private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:\\s*(?:-|–|—|\\.\\.)\\s*(\\d{4}))?");

    boolean hasWords() {
        return !required.isEmpty();
    }

    static QueryText parse(String input) {
        List<Raw> raws = lex(input == null ? "" : input);
        List<List<Part>> required = new ArrayList<>();
        List<Part> excluded = new ArrayList<>();
        Integer yearFrom = null;
        Integer yearTo = null;
        QueryProblem problem = null;
        boolean orPending = false;
        int count = 0;
        for (int i = 0; i < raws.size() && count < MAX_PARTS; i++) {
            Raw raw = raws.get(i);
            if (!raw.quoted && !raw.negated && raw.field == null && raw.text.equals("OR")) {
                orPending = !required.isEmpty();
                continue;
            }
            if ("year".equals(raw.field)) {
                Matcher m = YEARS.matcher(raw.text.strip());
                if (problem == null && (raw.negated || !m.matches())) {
                    QueryProblem.Kind kind = raw.negated ? QueryProblem.Kind.YEAR_LEFT_OUT : QueryProblem.Kind.NOT_A_YEAR;
                    problem = new QueryProblem(kind, raw.field, raw.written);
                }
                if (m.matches()) {
                    int a = Integer.parseInt(m.group(1));
                    int b = m.group(2) == null ? a : Integer.parseInt(m.group(2));
                    yearFrom = Math.min(a, b);
                    yearTo = Math.max(a, b);
                }
                orPending = false;
                continue;
            }
            if (raw.text.isBlank() || Analysis.terms(raw.text).isEmpty()) {
                if (problem == null && raw.field != null) {
                    problem = new QueryProblem(QueryProblem.Kind.NO_WORD, raw.field, raw.written);
                }
                continue;
            }
            Scope scope = raw.field == null ? Scope.ALL : Scope.valueOf(raw.field.toUpperCase(Locale.ROOT));
            boolean last = i == raws.size() - 1;
            Part part = new Part(scope, raw.text, raw.quoted && raw.closed, last && !(raw.quoted && raw.closed));
            count++;
            if (raw.negated) {
                excluded.add(new Part(part.scope(), part.text(), part.phrase(), false));
                orPending = false;
            } else if (orPending) {
                List<Part> group = new ArrayList<>(required.remove(required.size() - 1));
                group.add(part);
                required.add(List.copyOf(group));
                orPending = false;
            } else {
                required.add(List.of(part));
            }
        }
        return new QueryText(List.copyOf(required), List.copyOf(excluded), yearFrom, yearTo, problem);
    }

    /** A lexical piece: a word or quoted text, maybe negated, maybe with a field prefix; as written too. */
    private record Raw(String field, String text, boolean quoted, boolean closed, boolean negated, String written) {
    }

    private static List<Raw> lex(String s) {
        List<Raw> raws = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            int start = i;
            boolean negated = false;
            if ((c == '-' || c == '−') && i + 1 < n && !Character.isWhitespace(s.charAt(i + 1))) {
                negated = true;
                i++;
            }
            String field = null;
            int colon = fieldEnd(s, i);
            if (colon > 0) {
                field = s.substring(i, colon).toLowerCase(Locale.ROOT);
                i = colon + 1;
            }
            if (i < n && isQuote(s.charAt(i))) {
                int close = i + 1;
                while (close < n && !isQuote(s.charAt(close))) {
                    close++;
                }
                boolean closed = close < n;
                int next = closed ? close + 1 : n;
                raws.add(new Raw(field, s.substring(i + 1, Math.min(close, n)), true, closed, negated,
                        s.substring(start, next)));
                i = next;
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(s.charAt(end)) && !isQuote(s.charAt(end))) {
                end++;
            }
            String word = s.substring(i, end);
            // "foo:bar" with a field we do not know is two words, not one token
            raws.add(new Raw(field, word.replace(':', ' '), false, false, negated, s.substring(start, end)));
            i = end;
        }
        return raws;
    }

    /** The index of the colon of a known field prefix starting at {@code i}, else -1. */
    private static int fieldEnd(String s, int i) {
        for (String field : new String[] {"theme", "org", "country", "year"}) {
            int end = i + field.length();
            if (s.regionMatches(true, i, field, 0, field.length()) && end < s.length() && s.charAt(end) == ':') {
                return end;
            }
        }
        return -1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”' || c == '«' || c == '»' || c == '„';
    }
}
