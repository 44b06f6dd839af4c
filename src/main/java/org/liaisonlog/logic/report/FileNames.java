package org.liaisonlog.logic.report;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/**
 * File names for saved reports that every file system takes: lower-case Latin letters, digits
 * and hyphens only (Cyrillic is transliterated), at most {@value #MAX_LENGTH} characters.
 */
final class FileNames {

    static final int MAX_LENGTH = 80;

    private static final Map<Character, String> CYRILLIC = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "y"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', ""), Map.entry('ы', "y"), Map.entry('ь', ""),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"), Map.entry('ә', "a"), Map.entry('ғ', "g"),
            Map.entry('қ', "q"), Map.entry('ң', "n"), Map.entry('ө', "o"), Map.entry('ү', "u"), Map.entry('ұ', "u"),
            Map.entry('һ', "h"), Map.entry('ў', "u"), Map.entry('і', "i"));

    private FileNames() {
    }

    /**
     * A file name of the parts, each made safe and joined by hyphens; empty parts are dropped and
     * a long name is cut at a hyphen. Never empty: "report" when nothing is left.
     */
    static String of(String... parts) {
        StringBuilder name = new StringBuilder();
        for (String part : parts) {
            String safe = slug(part);
            if (!safe.isEmpty()) {
                if (name.length() > 0) {
                    name.append('-');
                }
                name.append(safe);
            }
        }
        String result = name.toString();
        if (result.length() > MAX_LENGTH) {
            result = result.substring(0, MAX_LENGTH);
            int cut = result.lastIndexOf('-');
            result = cut > MAX_LENGTH / 2 ? result.substring(0, cut) : result;
            result = result.replaceAll("-+$", "");
        }
        return result.isEmpty() ? "report" : result;
    }

    /** The text in lower-case Latin letters and digits, words joined by single hyphens. */
    static String slug(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder();
        for (char c : lower.toCharArray()) {
            String t = CYRILLIC.get(c);
            latin.append(t != null ? t : String.valueOf(c));
        }
        String plain = Normalizer.normalize(latin, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
