package org.liaisonlog.logic.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The forms of a name that close spellings share: without case, accents, punctuation or a
 * leading "the" ({@link #plain}), and a Latin skeleton in which the usual transliterations of
 * Cyrillic coincide ({@link #skeleton}): Щ, shch and sch; Ж and zh; Х, kh and h; Ц, ts and c;
 * Ю, yu, iu and ju; Я, ya, ia and ja; Ё, Е, yo, ye and e; Й, y, i and j; "ий", iy, ii and y at
 * the end of a word; ь and ъ are dropped.
 */
final class NameSkeleton {

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"),
            Map.entry('д', "d"), Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"),
            Map.entry('з', "z"), Map.entry('и', "i"), Map.entry('й', "y"), Map.entry('к', "k"),
            Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"), Map.entry('о', "o"),
            Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"),
            Map.entry('ч', "ch"), Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""),
            Map.entry('ы', "y"), Map.entry('ь', ""), Map.entry('э', "e"), Map.entry('ю', "yu"),
            Map.entry('я', "ya"), Map.entry('і', "i"), Map.entry('ї', "yi"), Map.entry('є', "ye"),
            Map.entry('ґ', "g"), Map.entry('ў', "u"), Map.entry('қ', "k"), Map.entry('ғ', "g"),
            Map.entry('ң', "n"), Map.entry('ө', "o"), Map.entry('ү', "u"), Map.entry('ұ', "u"),
            Map.entry('һ', "h"), Map.entry('ә', "a"));

    /** Latin spellings and their common form, applied in this order. */
    private static final String[][] LATIN = {
        {"j", "y"}, {"shch", "Q"}, {"sch", "Q"}, {"zh", "Z"}, {"ch", "C"}, {"sh", "S"},
        {"kh", "h"}, {"ts", "c"}, {"x", "ks"}, {"yu", "U"}, {"iu", "U"}, {"ya", "A"}, {"ia", "A"},
        {"ye", "e"}, {"yo", "e"},
    };

    private NameSkeleton() {
    }

    /** The words of the name: lower case, no accents, no punctuation, without a leading "the". */
    static List<String> plainWords(String name) {
        if (name == null) {
            return List.of();
        }
        String lower = name.toLowerCase(Locale.ROOT).replace('ё', 'е').replace('й', 'ј');
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .replace('ј', 'й');
        String spaced = decomposed.replaceAll("[.'’`ʼ\\-‐–]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        List<String> words = new ArrayList<>(Arrays.asList(spaced.split(" ")));
        words.removeIf(String::isEmpty);
        if (words.size() > 1 && (words.get(0).equals("the") || words.get(0).equals("le") || words.get(0).equals("la"))) {
            words.remove(0);
        }
        return words;
    }

    /** The name's letters and digits without spaces, as {@link #plainWords} leaves them. */
    static String plain(String name) {
        return String.join("", plainWords(name));
    }

    /** The Latin skeleton of each word of the name. */
    static List<String> skeletonWords(String name) {
        return plainWords(name).stream().map(NameSkeleton::skeletonOfWord).toList();
    }

    /** The Latin skeleton of the whole name, without spaces. */
    static String skeleton(String name) {
        return String.join("", skeletonWords(name));
    }

    static String skeletonOfWord(String word) {
        StringBuilder latin = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            String mapped = CYRILLIC.get(c);
            latin.append(mapped != null ? mapped : String.valueOf(c));
        }
        String s = latin.toString();
        for (String[] rule : LATIN) {
            s = s.replace(rule[0], rule[1]);
        }
        for (String ending : new String[] {"iy", "ii", "yy", "yi"}) {
            if (s.length() > ending.length() + 1 && s.endsWith(ending)) {
                s = s.substring(0, s.length() - ending.length()) + "y";
                break;
            }
        }
        return s;
    }
}
