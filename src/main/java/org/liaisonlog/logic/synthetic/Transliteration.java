package org.liaisonlog.logic.synthetic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Russian Cyrillic written in Latin letters the several ways documents of the field do: the
 * Russian passport's (ICAO) rules, BGN/PCGN without diacritics, the informal English habit of
 * older documents and press releases ("Scherbakov", "Alexey") and the German (Duden) rules used
 * in Vienna and Berlin ("Schtscherbakow"). So one person turns up as Shcherbakov, Scherbakov and
 * Schtscherbakow, as real catalogues have them.
 */
enum Transliteration {

    /** ICAO Doc 9303, in Russian passports since 2013: Щербаков → Shcherbakov, Юлия → Iuliia. */
    PASSPORT("а a б b в v г g д d е e ё e ж zh з z и i й i к k л l м m н n о o п p р r с s т t у u ф f "
            + "х kh ц ts ч ch ш sh щ shch ъ ie ы y ь - э e ю iu я ia"),
    /** BGN/PCGN without diacritics: Щербаков → Shcherbakov, Юлия → Yuliya, Алексей → Aleksey. */
    BGN("а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f "
            + "х kh ц ts ч ch ш sh щ shch ъ - ы y ь - э e ю yu я ya"),
    /** The informal English of older documents: Щербаков → Scherbakov, Алексей → Alexey, Хасанов → Hasanov. */
    INFORMAL("а a б b в v г g д d е e ё yo ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f "
            + "х h ц ts ч ch ш sh щ sch ъ - ы y ь - э e ю yu я ya кс x"),
    /** German (Duden): Щербаков → Schtscherbakow, Жуков → Schukow, Юсупов → Jussupow. */
    GERMAN("а a б b в w г g д d е e ё jo ж sch з s и i й j к k л l м m н n о o п p р r с s т t у u ф f "
            + "х ch ц z ч tsch ш sch щ schtsch ъ - ы y ь - э e ю ju я ja кс x");

    private final Map<String, String> letters = new HashMap<>();

    Transliteration(String table) {
        String[] parts = table.split(" ");
        for (int i = 0; i < parts.length; i += 2) {
            letters.put(parts[i], parts[i + 1].equals("-") ? "" : parts[i + 1]);
        }
    }

    /** The text in Latin letters, keeping capitals, spaces, hyphens and full stops. */
    String latin(String cyrillic) {
        StringBuilder out = new StringBuilder(cyrillic.length() + 8);
        String text = cyrillic;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            boolean upper = c != lower;
            String two = i + 1 < text.length() ? "" + lower + Character.toLowerCase(text.charAt(i + 1)) : "";
            String latin;
            if (letters.containsKey(two)) {
                latin = letters.get(two);
                i++;
            } else {
                latin = letters.get(String.valueOf(lower));
            }
            if (latin == null) {
                out.append(c);
            } else if (upper && !latin.isEmpty()) {
                out.append(Character.toUpperCase(latin.charAt(0))).append(latin, 1, latin.length());
            } else {
                out.append(latin);
            }
        }
        String result = out.toString();
        if (this == GERMAN) {
            // Duden writes a final -ов/-ев as -ow/-ew, and a single s between vowels as ss.
            result = result.replaceAll("([oe])v\\b", "$1w").replaceAll("([aeiouy])s([aeiouy])", "$1ss$2");
        }
        return result;
    }

    /** Every distinct Latin spelling of the text, the passport's first. */
    static List<String> allLatin(String cyrillic) {
        Set<String> spellings = new LinkedHashSet<>();
        for (Transliteration scheme : values()) {
            spellings.add(scheme.latin(cyrillic));
        }
        return new ArrayList<>(spellings);
    }
}
