package org.liaisonlog;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The 200 distinctive names of the leak scan, made at run time from a seed so that they appear
 * nowhere in the sources: 100 Latin and 100 Cyrillic, each 9 to 13 letters of made-up
 * syllables, capitalised. The scenario and the scan make the same list from the same seed.
 */
final class LeakNames {

    static final int COUNT = 200;

    private static final String[] LATIN_START = {"b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v",
        "z", "br", "dr", "gr", "kl", "pr", "str", "tr", "vl", "zv"};
    private static final String[] LATIN_VOWEL = {"a", "e", "i", "o", "u", "ae", "ou", "y"};
    private static final String[] CYRILLIC_START = {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с",
        "т", "ф", "х", "ц", "ч", "ш", "щ", "бр", "гл", "др", "кв", "пр", "ст", "тр", "зв"};
    private static final String[] CYRILLIC_VOWEL = {"а", "е", "и", "о", "у", "ы", "э", "ю", "я", "ё"};

    private LeakNames() {
    }

    /** The names: the first 100 Latin, the next 100 Cyrillic. */
    static List<String> generate(long seed) {
        Random random = new Random(seed);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < COUNT / 2) {
            names.add(word(random, LATIN_START, LATIN_VOWEL));
        }
        while (names.size() < COUNT) {
            names.add(word(random, CYRILLIC_START, CYRILLIC_VOWEL));
        }
        return new ArrayList<>(names);
    }

    private static String word(Random random, String[] starts, String[] vowels) {
        StringBuilder word = new StringBuilder();
        int length = 9 + random.nextInt(5);
        while (word.length() < length) {
            word.append(starts[random.nextInt(starts.length)]).append(vowels[random.nextInt(vowels.length)]);
        }
        if (random.nextBoolean()) {
            word.append(starts[random.nextInt(starts.length)]);
        }
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
