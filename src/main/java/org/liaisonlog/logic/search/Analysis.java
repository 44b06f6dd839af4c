package org.liaisonlog.logic.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * How text becomes index terms. The plain form: words split by Unicode rules, apostrophes and
 * soft signs written as apostrophes or primes removed from inside words, then ICU folding (case, accents, ё/е, width). The
 * skeleton form: the plain form turned into its {@link Skeleton}. Fields whose name ends in
 * {@value #SKELETON_SUFFIX} get the skeleton form.
 */
final class Analysis {

    static final String SKELETON_SUFFIX = "_sk";

    /** Apostrophes, and the primes that write soft and hard signs in transliteration. */
    private static final String APOSTROPHES = "'’ʼʹʺ`‘";

    static final Analyzer PLAIN = new Folding(false);
    static final Analyzer SKELETON = new Folding(true);

    /** Plain for most fields, skeleton for the {@code _sk} ones. */
    static final Analyzer PER_FIELD = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return fieldName.endsWith(SKELETON_SUFFIX) ? SKELETON : PLAIN;
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    };

    private Analysis() {
    }

    /** A word of a text: its folded form and where it stands in the text. */
    record Token(String term, int start, int end) {
    }

    /** Is handed the words of a text one by one; returns false to stop before the text's end. */
    @FunctionalInterface
    interface TokenVisitor {
        boolean visit(String term, int start, int end);
    }

    /** The plain-form words of a text, with their offsets. */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        tokens(text, (term, start, end) -> tokens.add(new Token(term, start, end)));
        return tokens;
    }

    /**
     * Hands the plain-form words of a text to {@code visitor} in order, with their offsets, until
     * it returns false: a long text need not be read to its end.
     */
    static void tokens(String text, TokenVisitor visitor) {
        if (text == null || text.isEmpty()) {
            return;
        }
        if (AsciiWords.fits(text)) {
            AsciiWords.read(text, visitor); // the same words, read directly
            return;
        }
        analysed(text, visitor);
    }

    /** As {@link #tokens(String, TokenVisitor)}, always through the analyser. */
    static void analysed(String text, TokenVisitor visitor) {
        try (TokenStream stream = PLAIN.tokenStream("t", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            boolean more = true;
            while (more && stream.incrementToken()) {
                more = visitor.visit(term.toString(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plain-form words of a text. */
    static List<String> terms(String text) {
        return tokens(text).stream().map(Token::term).toList();
    }

    /** A text as one folded key (words joined by a space): how cities are compared. */
    static String key(String text) {
        return String.join(" ", terms(text));
    }

    private static final class Folding extends Analyzer {
        private final boolean skeleton;

        Folding(boolean skeleton) {
            this.skeleton = skeleton;
        }

        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer tokenizer = new StandardTokenizer();
            TokenStream stream = new ICUFoldingFilter(new ApostropheFilter(tokenizer));
            if (skeleton) {
                stream = new SkeletonFilter(stream);
            }
            return new TokenStreamComponents(tokenizer, stream);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }

    /**
     * Removes apostrophes (and the primes that write soft and hard signs) from inside words:
     * the tokenizer keeps "d'Ivoire" and "Ob'edkova" as one word each. A word that was only
     * apostrophes is dropped.
     */
    private static final class ApostropheFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

        ApostropheFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            while (input.incrementToken()) {
                char[] buffer = term.buffer();
                int length = term.length();
                int kept = 0;
                for (int i = 0; i < length; i++) {
                    char c = buffer[i];
                    if (APOSTROPHES.indexOf(c) < 0) {
                        buffer[kept++] = c;
                    }
                }
                if (kept > 0) {
                    term.setLength(kept);
                    return true;
                }
            }
            return false;
        }
    }

    /** Replaces each term by its skeleton; a second skeleton comes at the same position. */
    private static final class SkeletonFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private String pending;
        private State saved;

        SkeletonFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (pending != null) {
                restoreState(saved);
                term.setEmpty().append(pending);
                increment.setPositionIncrement(0);
                pending = null;
                return true;
            }
            if (!input.incrementToken()) {
                return false;
            }
            List<String> forms = Skeleton.of(term.toString());
            term.setEmpty().append(forms.get(0));
            if (forms.size() > 1) {
                pending = forms.get(1);
                saved = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending = null;
            saved = null;
        }
    }

}
