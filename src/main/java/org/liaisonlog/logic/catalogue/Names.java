package org.liaisonlog.logic.catalogue;

import java.text.Normalizer;
import java.util.Locale;

/** How names are compared when the user types them: case, accents and spacing do not matter. */
public final class Names {

    private Names() {
    }

    /** A form of the name for exact matching: lower case, no accents, single spaces, plain quotes. */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('’', '\'').replace('–', '-').replace('—', '-')
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** True when {@code text} is found inside {@code name}, comparing as {@link #key} does. */
    public static boolean contains(String name, String text) {
        return name != null && key(name).contains(key(text));
    }

    /** The texts (each once, in their order) whose key contains the key of {@code text}; none for a blank text. */
    public static java.util.List<String> containing(java.util.List<String> texts, String text, int limit) {
        String key = key(text);
        java.util.Set<String> seen = new java.util.HashSet<>();
        return key.isEmpty() ? java.util.List.of() : texts.stream()
                .filter(t -> key(t).contains(key) && seen.add(t)).limit(limit).toList();
    }
}
