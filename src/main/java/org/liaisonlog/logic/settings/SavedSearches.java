package org.liaisonlog.logic.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.logic.catalogue.Transactions;

/**
 * The searches the user saved, kept inside the catalogue file (as JSON in its settings table)
 * rather than in {@code settings.properties}: a saved search holds names and words from the
 * catalogue, so it travels, and is protected, with the catalogue. The JSON is split over several
 * settings values when it is long, written in one transaction. A damaged value gives no saved
 * searches, never a failure to open the catalogue.
 */
public final class SavedSearches {

    static final String PARTS = "saved-searches.parts";
    static final String PART = "saved-searches.";
    /** Characters per settings value (the column holds 4000). */
    static final int PART_SIZE = 3000;

    /** Made when first needed: setting up Jackson takes a while, and most catalogues have no saved search. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final CatalogueSettings settings;
    private final Transactions transactions;

    public SavedSearches(Catalogue catalogue) {
        this(catalogue.settings(), catalogue.transactions());
    }

    SavedSearches(CatalogueSettings settings, Transactions transactions) {
        this.settings = settings;
        this.transactions = transactions;
    }

    /** The saved searches in the order they were saved. */
    public List<SavedSearch> list() {
        int parts = settings.get(PARTS).map(SavedSearches::number).orElse(0);
        StringBuilder json = new StringBuilder();
        for (int i = 0; i < parts; i++) {
            Optional<String> part = settings.get(PART + i);
            if (part.isEmpty()) {
                return List.of();
            }
            json.append(part.get());
        }
        return json.isEmpty() ? List.of() : parse(json.toString());
    }

    /** Saves a search; one with the same name is replaced where it stood. Returns the list as saved. */
    public List<SavedSearch> save(SavedSearch search) {
        return transactions.inTransaction(() -> {
            List<SavedSearch> all = new ArrayList<>(list());
            int at = indexOf(all, search.name());
            if (at >= 0) {
                all.set(at, search);
            } else {
                all.add(search);
            }
            write(all);
            return List.copyOf(all);
        });
    }

    /** Removes the search of this name, if there is one. Returns the list as saved. */
    public List<SavedSearch> remove(String name) {
        return transactions.inTransaction(() -> {
            List<SavedSearch> all = new ArrayList<>(list());
            int at = indexOf(all, name);
            if (at >= 0) {
                all.remove(at);
                write(all);
            }
            return List.copyOf(all);
        });
    }

    private static int indexOf(List<SavedSearch> all, String name) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private void write(List<SavedSearch> all) {
        String json = format(all);
        int old = settings.get(PARTS).map(SavedSearches::number).orElse(0);
        int parts = (json.length() + PART_SIZE - 1) / PART_SIZE;
        for (int i = 0; i < parts; i++) {
            settings.put(PART + i, json.substring(i * PART_SIZE, Math.min(json.length(), (i + 1) * PART_SIZE)));
        }
        for (int i = parts; i < old; i++) {
            settings.put(PART + i, null);
        }
        settings.put(PARTS, Integer.toString(parts));
    }

    /** The stored form: a list of plain maps, dates as ISO text, so the format does not depend on Java types. */
    private record Stored(String name, String query, String from, String to, Map<String, List<String>> filters) {
    }

    private static String format(List<SavedSearch> all) {
        List<Stored> stored = all.stream().map(s -> new Stored(s.name(), s.query(),
                s.from() == null ? null : s.from().toString(), s.to() == null ? null : s.to().toString(),
                new LinkedHashMap<>(s.filters()))).toList();
        try {
            return Json.MAPPER.writeValueAsString(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A saved search could not be written as JSON", e);
        }
    }

    private static List<SavedSearch> parse(String json) {
        try {
            List<Stored> stored = Json.MAPPER.readValue(json, new TypeReference<List<Stored>>() { });
            List<SavedSearch> all = new ArrayList<>();
            for (Stored s : stored) {
                if (s != null && s.name() != null) {
                    all.add(new SavedSearch(s.name(), s.query(), date(s.from()), date(s.to()), s.filters()));
                }
            }
            return List.copyOf(all);
        } catch (JsonProcessingException | RuntimeException e) {
            return List.of();
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static int number(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
