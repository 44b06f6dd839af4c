package org.liaisonlog.logic.search;

import java.util.ArrayList;
import java.util.List;

/** Cuts a short piece of a marked text around its first mark. */
final class Snippets {

    static final int LENGTH = 160;
    private static final int BEFORE = 40;

    private Snippets() {
    }

    static Marked cut(Marked marked) {
        String text = spaces(marked.text());
        if (text.length() <= LENGTH) {
            return new Marked(text, marked.marks());
        }
        int firstMark = marked.marks().isEmpty() ? 0 : marked.marks().get(0).start();
        int start = Math.max(0, firstMark - BEFORE);
        if (start > 0) {
            int space = text.indexOf(' ', start);
            start = space >= 0 && space < firstMark ? space + 1 : start;
        }
        int end = Math.min(text.length(), start + LENGTH);
        if (end < text.length()) {
            int space = text.lastIndexOf(' ', end);
            int cutAt = end;
            int lastMarkEnd = marked.marks().stream().filter(r -> r.start() < cutAt).mapToInt(Range::end).max().orElse(start);
            end = space > start && space >= lastMarkEnd ? space : Math.max(end, Math.min(text.length(), lastMarkEnd));
        }
        String prefix = start > 0 ? "…" : "";
        String suffix = end < text.length() ? "…" : "";
        int shift = prefix.length() - start;
        List<Range> marks = new ArrayList<>();
        for (Range r : marked.marks()) {
            if (r.start() >= start && r.end() <= end) {
                marks.add(new Range(r.start() + shift, r.end() + shift));
            }
        }
        return new Marked(prefix + text.substring(start, end) + suffix, marks);
    }

    /** The text with each tab, line break, form feed or vertical tab (what regex {@code \s} matches) as a space. */
    static String spaces(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r') {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = ' ';
            }
        }
        return chars == null ? text : new String(chars);
    }
}
