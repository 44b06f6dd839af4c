package org.liaisonlog.logic.search;

/**
 * The words of a plain ASCII text in their plain form, read directly: the same words, offsets and
 * folded forms as the analyser's chain (Unicode word breaks, apostrophes removed, ICU folding),
 * which for ASCII comes down to the rules below, at a fraction of the cost. Marking the words of
 * the hits a screen shows reads a few thousand characters a search, most of them ASCII.
 *
 * <p>Word breaks (Unicode UAX #29, as Lucene's StandardTokenizer applies them), for ASCII: letters
 * and digits make words, joined by underscores; a word goes on across one {@code .} or {@code '}
 * between two letters or two digits, one {@code :} between two letters, one {@code ,} or {@code ;}
 * between two digits; underscores alone are no word. The folded form is the word in lower case
 * without its apostrophes.
 */
final class AsciiWords {

    /** Longer runs without a space go the analyser's way (it cuts words at 255 characters). */
    private static final int LONGEST_RUN = 200;

    private AsciiWords() {
    }

    /** Whether {@link #read} reads this text as the analyser does: ASCII, without very long runs. */
    static boolean fits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return false;
            }
            run = c == ' ' || c == '\n' || c == '\t' || c == '\r' ? 0 : run + 1;
            if (run > LONGEST_RUN) {
                return false;
            }
        }
        return true;
    }

    /** Hands the words of a text that {@link #fits} to the visitor, until it returns false. */
    static void read(String text, Analysis.TokenVisitor visitor) {
        int n = text.length();
        int i = 0;
        StringBuilder term = new StringBuilder();
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean hasLetterOrDigit = false;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    hasLetterOrDigit |= c != '_';
                    i++;
                } else if (i + 1 < n && joins(text.charAt(i - 1), c, text.charAt(i + 1))) {
                    i++;
                } else {
                    break;
                }
            }
            if (hasLetterOrDigit) {
                term.setLength(0);
                for (int k = start; k < i; k++) {
                    char c = text.charAt(k);
                    if (c != '\'') {
                        term.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                    }
                }
                if (!visitor.visit(term.toString(), start, i)) {
                    return;
                }
            }
        }
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || isDigit(c) || c == '_';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether {@code mid} keeps a word going between {@code before} and {@code after}. */
    private static boolean joins(char before, char mid, char after) {
        boolean letters = isLetter(before) && isLetter(after);
        boolean digits = isDigit(before) && isDigit(after);
        return switch (mid) {
            case '.', '\'' -> letters || digits;
            case ':' -> letters;
            case ',', ';' -> digits;
            default -> false;
        };
    }
}
