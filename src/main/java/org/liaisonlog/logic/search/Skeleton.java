package org.liaisonlog.logic.search;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The Latin "skeleton" of a folded word (lower case, without accents), in which the usual
 * transliterations of Cyrillic coincide, so that Пустовитов, Pustovitov; Щербаков, Shcherbakov,
 * Scherbakov, Schtscherbakow; Ташкент, Tashkent all come to one form. It folds GOST / ISO 9,
 * BGN/PCGN, the passport scheme (ICAO 9303) and German-style spellings: shch/sch/sh/schtsch;
 * zh; ch/tch/tsch; kh/h (and x, as a second form); ts/tz/c; ya/ia/ja; yu/iu/ju; y/i/j; e/ye/ie
 * (Vasilyev, Vasiliev, Васильев); yo/e after a consonant; w/v; ou/u; doubled letters; soft and hard
 * signs dropped. The skeleton is for matching only; it loses distinctions on purpose, so matches
 * on it rank below matches on the word itself.
 */
final class Skeleton {

    private static final String[] CYRILLIC = new String[0x500];

    static {
        String[][] table = {
            {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"д", "d"}, {"е", "e"}, {"ё", "e"}, {"ж", "zh"},
            {"з", "z"}, {"и", "i"}, {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"},
            {"п", "p"}, {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
            {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"}, {"ю", "yu"},
            {"я", "ya"}, {"і", "i"}, {"ї", "yi"}, {"є", "ye"}, {"ґ", "g"}, {"ў", "u"}, {"қ", "k"}, {"ғ", "g"},
            {"ң", "n"}, {"ө", "o"}, {"ү", "u"}, {"ұ", "u"}, {"һ", "h"}, {"ә", "a"}, {"ј", "y"}, {"џ", "dzh"},
        };
        for (String[] pair : table) {
            CYRILLIC[pair[0].charAt(0)] = pair[1];
        }
    }

    /** Latin spellings and their common form, applied in this order (upper case marks a done sound). */
    private static final String[][] LATIN = {
        {"schtsch", "S"}, {"shtch", "S"}, {"shch", "S"}, {"tsch", "C"}, {"tch", "C"}, {"sch", "S"},
        {"sh", "S"}, {"zh", "Z"}, {"ch", "C"}, {"kh", "h"}, {"gh", "g"}, {"ts", "c"}, {"tz", "c"},
        {"ph", "f"}, {"w", "v"}, {"ou", "u"}, {"q", "k"},
    };

    private static final Pattern YO_AFTER_CONSONANT = Pattern.compile("(?<=[bcdfgklmnprstvzSZC])yo");
    
    private static final Pattern FINAL_OF = Pattern.compile("of$");

    /** Skeletons of words seen lately: a catalogue's vocabulary is far smaller than its text. */
    private static final int CACHE_SIZE = 200_000;
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private Skeleton() {
    }

    /**
     * The skeletons of a folded word: one, or two when the word has an x (read as ks and as kh).
     */
    static List<String> of(String folded) {
        List<String> cached = CACHE.get(folded);
        if (cached != null) {
            return cached;
        }
        List<String> computed = compute(folded);
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        CACHE.put(folded, computed);
        return computed;
    }

    private static List<String> compute(String folded) {
        StringBuilder latin = new StringBuilder(folded.length() + 4);
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            String mapped = c < CYRILLIC.length ? CYRILLIC[c] : null;
            if (mapped != null) {
                latin.append(mapped);
            } else if (c != '\'' && c != 'ʹ' && c != 'ʺ' && c != '’') {
                latin.append(c);
            }
        }
        String s = latin.toString();
        for (String[] rule : LATIN) {
            if (s.contains(rule[0])) {
                s = s.replace(rule[0], rule[1]);
            }
        }
        if (s.indexOf('x') >= 0) {
            String ks = finish(s.replace("x", "ks"));
            String h = finish(s.replace("x", "h"));
            return ks.equals(h) ? List.of(ks) : List.of(ks, h);
        }
        return List.of(finish(s));
    }

    /** The first skeleton of a folded word. */
    static String first(String folded) {
        return of(folded).get(0);
    }

    private static String finish(String s) {
        s = YO_AFTER_CONSONANT.matcher(s).replaceAll("e");
        s = s.replace('y', 'i').replace('j', 'i');
        s = collapseDoubles(s);
        s = s.replace("ie", "e");
        s = FINAL_OF.matcher(s).replaceAll("ov");
        return collapseDoubles(s);
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != last || Character.isDigit(c)) {
                out.append(c);
            }
            last = c;
        }
        return out.toString();
    }
}
