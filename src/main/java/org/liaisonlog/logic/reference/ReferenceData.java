package org.liaisonlog.logic.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.theme.Theme;

/**
 * The reference data shipped in {@code resources/reference}: countries, the theme taxonomy and
 * known organisations. Loaded once into a new catalogue, editable afterwards. Shipped records
 * get keys derived from their reference key, so the same organisation has the same key in every
 * catalogue (which later makes merging two catalogues simple).
 */
public final class ReferenceData {

    /** Bumped when the shipped files change in a way an existing catalogue should take up. */
    public static final String VERSION = "1";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setTrim(true).get();

    private ReferenceData() {
    }

    public static List<Country> countries() {
        return read("/reference/countries.csv", r -> new Country(
                r.get("code"), r.get("name_en"), r.get("name_ru"), split(r.get("other_names"))));
    }

    public static List<Theme> themes() {
        Map<String, UUID> ids = new HashMap<>();
        List<Theme> themes = new ArrayList<>();
        for (CSVRecord r : records("/reference/themes.csv")) {
            String key = r.get("key");
            UUID id = keyId("theme", key);
            ids.put(key, id);
            String parentKey = blankToNull(r.get("parent_key"));
            UUID parentId = parentKey == null ? null : require(ids, parentKey, r);
            themes.add(new Theme(new RecordStamp(id, 0, null, null), parentId, key,
                    r.get("name_en"), blankToNull(r.get("name_ru")), (int) r.getRecordNumber()));
        }
        return themes;
    }

    public static List<Organisation> organisations() {
        Map<String, UUID> ids = new HashMap<>();
        List<Organisation> organisations = new ArrayList<>();
        for (CSVRecord r : records("/reference/organisations.csv")) {
            String key = r.get("key");
            UUID id = keyId("organisation", key);
            ids.put(key, id);
            String parentKey = blankToNull(r.get("parent_key"));
            UUID parentId = parentKey == null ? null : require(ids, parentKey, r);
            organisations.add(new Organisation(new RecordStamp(id, 0, null, null), r.get("name"),
                    blankToNull(r.get("name_ru")), blankToNull(r.get("acronym")), split(r.get("other_names")),
                    OrganisationKind.valueOf(r.get("kind")), blankToNull(r.get("country")), parentId, null));
        }
        return organisations;
    }

    /** Loads all reference data into a catalogue that has none yet, in one transaction. */
    public static void loadInto(Catalogue catalogue) {
        List<Country> countries = countries();
        List<Theme> themes = themes();
        List<Organisation> organisations = organisations();
        catalogue.transactions().inTransaction(() -> {
            catalogue.countries().insertAll(countries);
            themes.forEach(catalogue.themes()::insert);
            organisations.forEach(catalogue.organisations()::insert);
            catalogue.settings().put(CatalogueSettings.REFERENCE_DATA_VERSION, VERSION);
        });
    }

    /** True when the catalogue already holds the shipped reference data. */
    public static boolean isLoaded(Catalogue catalogue) {
        return catalogue.settings().get(CatalogueSettings.REFERENCE_DATA_VERSION).isPresent();
    }

    /** The key a shipped record of this kind gets, derived from its reference key. */
    public static UUID keyId(String kind, String key) {
        return UUID.nameUUIDFromBytes(("liaison-log:" + kind + ":" + key).getBytes(StandardCharsets.UTF_8));
    }

    private static UUID require(Map<String, UUID> ids, String key, CSVRecord r) {
        UUID id = ids.get(key);
        if (id == null) {
            throw new IllegalStateException("Reference data line " + r.getRecordNumber()
                    + " names an unknown or later parent: " + key);
        }
        return id;
    }

    private static <T> List<T> read(String resource, Function<CSVRecord, T> mapper) {
        return records(resource).stream().map(mapper).toList();
    }

    private static List<CSVRecord> records(String resource) {
        InputStream in = ReferenceData.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Missing reference data " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + resource, e);
        }
    }

    static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
