package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Plain ASCII texts read directly give the words, offsets and forms the analyser gives. */
class AsciiWordsTest {

    @Test
    void asciiTextsAreReadAsTheAnalyserReadsThem() {
        Random random = new Random(5);
        String[] pieces = {"a", "B", "z", "Q", "1", "9", "0", "_", ".", ",", ";", ":", "'", "`", "\"", "-", " ", "  ",
            "\t", "\n", "\r\n", "!", "?", "/", "(", ")", "&", "@", "#", "$", "%", "*", "+", "=", "<", ">", "[", "]",
            "{", "}", "|", "\\", "^", "~", "\f", "\u000B", "word", "Tashkent", "U.S.A.", "3.14", "1,000", "don't",
            "k:a", "_x_", "e-mail", "www.example.org", "2018-10-31", "A1.2b"};
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(12); p >= 0; p--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String s = text.toString();
            assertThat(AsciiWords.fits(s)).isTrue();
            assertThat(read(s, true)).as("[%s]", s).isEqualTo(read(s, false));
        }
        // every printable ASCII character alone and between letters and digits
        for (char c = 1; c < 0x80; c++) {
            for (String s : List.of("" + c, "a" + c + "b", "1" + c + "2", "a" + c + "1", c + "x" + c)) {
                assertThat(read(s, true)).as("[%s]", s).isEqualTo(read(s, false));
            }
        }
    }

    @Test
    void otherTextsGoTheAnalysersWay() {
        assertThat(AsciiWords.fits("Ташкент")).isFalse();
        assertThat(AsciiWords.fits("Côte d’Ivoire")).isFalse();
        assertThat(AsciiWords.fits("x".repeat(300))).isFalse();
        assertThat(Analysis.terms("Côte d’Ivoire, Ташкент")).containsExactly("cote", "divoire", "ташкент");
        assertThat(Analysis.terms("x".repeat(300))).isEqualTo(List.of("x".repeat(255), "x".repeat(45)));
    }

    private static List<String> read(String text, boolean direct) {
        List<String> words = new ArrayList<>();
        Analysis.TokenVisitor visitor = (term, start, end) -> words.add(term + "@" + start + "-" + end);
        if (direct) {
            AsciiWords.read(text, visitor);
        } else {
            Analysis.analysed(text, visitor);
        }
        return words;
    }
}
