package org.liaisonlog.gui.util;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sorts text as the user's language does (case, accents, Cyrillic), fast enough for tables of
 * tens of thousands of rows: each distinct text gets its collation key once, and comparisons
 * compare keys. Comparing with a Collator directly took 1.5 s to sort 20 000 titles here; with
 * keys, about a fifth of that (docs/benchmarks.md). Making the keys is most of a first sort (1.1
 * of 1.5 s for 100 000 titles), so a table can make them ahead, in the background, with
 * {@link #prepare}: the first sort then costs what a later one does.
 */
public final class CollatedOrder implements Comparator<String> {

    /** Past this many distinct texts the cache starts again, so it never grows without bound. */
    private static final int MAX_KEYS = 250_000;

    private final Locale locale;
    /** Made on first use (a collator's rules take a while to read): often on a background thread. */
    private volatile Collator collator;
    /** Concurrent, so that {@link #prepare} may fill it in the background while a table sorts. */
    private final Map<String, CollationKey> keys = new ConcurrentHashMap<>();

    public CollatedOrder(Locale locale) {
        this.locale = locale;
    }

    private Collator collator() {
        Collator made = collator;
        if (made == null) {
            synchronized (this) {
                made = collator;
                if (made == null) {
                    made = Collator.getInstance(locale);
                    collator = made;
                }
            }
        }
        return made;
    }

    @Override
    public int compare(String a, String b) {
        return key(a).compareTo(key(b));
    }

    private CollationKey key(String text) {
        String value = text == null ? "" : text;
        CollationKey key = keys.get(value);
        if (key == null) {
            if (keys.size() > MAX_KEYS) {
                keys.clear();
            }
            key = collator().getCollationKey(value);
            keys.put(value, key);
        }
        return key;
    }

    /** True when no more than {@code tolerance} of these texts (nulls aside) have no key yet. */
    public boolean hasKeys(Iterable<String> texts, int tolerance) {
        int missing = 0;
        for (String text : texts) {
            if (text != null && !keys.containsKey(text) && ++missing > tolerance) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes the keys of these texts now, so that sorting them later only compares keys. Safe to
     * call from a background thread while the order is in use: it works with its own copy of
     * the collator (whose keys compare the same). Nulls are skipped; texts past the cache's
     * bound are not prepared.
     */
    public void prepare(Iterable<String> texts) {
        Collator own = (Collator) collator().clone();
        for (String text : texts) {
            if (keys.size() >= MAX_KEYS) {
                return;
            }
            if (text != null && !keys.containsKey(text)) {
                keys.putIfAbsent(text, own.getCollationKey(text));
            }
        }
    }
}
