package org.liaisonlog.logic.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A long text is read only as far as its snippet needs, with the same snippet and the same count
 * of query words as when it is read whole; snippets make white space a space as before.
 */
class SnippetMarksTest {

    @Test
    void aLongTextIsReadOnlyAsFarAsItsSnippetNeedsWithTheSameSnippet() {
        List<String> words = List.of("Tashkent", "Ташкент", "heroin", "Heroine", "routes", "routs", "the", "of",
                "regional", "meeting", "on", "drug", "trafficking", "Щербаков", "Shcherbakov", "border", "and",
                "security", "cooperation", "in", "Central", "Asia,", "2016.", "\n", "\t");
        Random random = new Random(7);
        int shortened = 0;
        for (String query : List.of("Tashkent heroin", "Ташкент", "heroine routs", "Shcherbakov border", "Tash",
                "drug trafficking security")) {
            Marker marker = new Marker(QueryText.parse(query), true);
            for (int t = 0; t < 200; t++) {
                StringBuilder text = new StringBuilder();
                int length = 20 + random.nextInt(400);
                for (int w = 0; w < length; w++) {
                    text.append(words.get(random.nextInt(words.size()))).append(random.nextInt(9) == 0 ? ", " : " ");
                }
                Marker.Result whole = marker.mark(text.toString());
                Marker.Result enough = marker.mark(text.toString(), Snippets.LENGTH);
                assertThat(enough.words()).isEqualTo(whole.words());
                assertThat(Snippets.cut(enough.marked())).as(query + " / " + text).isEqualTo(Snippets.cut(whole.marked()));
                if (enough.marked().marks().size() < whole.marked().marks().size()) {
                    shortened++;
                }
            }
        }
        assertThat(shortened).as("texts read only in part").isGreaterThan(100);
    }

    @Test
    void snippetsMakeEveryKindOfWhiteSpaceASpaceAsBefore() {
        Random random = new Random(3);
        String letters = "ab \t\n\r\f\u000B\u00A0\u2003,Щ";
        for (int i = 0; i < 500; i++) {
            StringBuilder text = new StringBuilder();
            for (int c = random.nextInt(50); c > 0; c--) {
                text.append(letters.charAt(random.nextInt(letters.length())));
            }
            assertThat(Snippets.spaces(text.toString())).isEqualTo(text.toString().replaceAll("\\s", " "));
        }
    }
}
