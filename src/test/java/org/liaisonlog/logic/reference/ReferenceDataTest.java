package org.liaisonlog.logic.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.persistence.H2Catalogue;

/** The shipped countries, theme taxonomy and organisations, and loading them into a catalogue. */
class ReferenceDataTest {

    private static final String CYRILLIC = ".*\\p{IsCyrillic}.*";

    @TempDir
    Path temp;

    // ---- countries ----

    @Test
    void countriesAreTheWholeIso3166List() {
        List<Country> countries = ReferenceData.countries();

        assertThat(countries).hasSize(249);
        assertThat(countries).extracting(Country::code).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[A-Z]{2}"))
                .containsExactlyInAnyOrder(Locale.getISOCountries());
    }

    @Test
    void everyCountryHasAnEnglishAndARussianName() {
        SoftAssertions softly = new SoftAssertions();
        for (Country c : ReferenceData.countries()) {
            softly.assertThat(c.nameEn()).as("English name of %s", c.code()).isNotBlank();
            softly.assertThat(c.nameRu()).as("Russian name of %s", c.code()).isNotBlank().matches(CYRILLIC);
        }
        softly.assertAll();
        assertThat(country("UZ")).isEqualTo(new Country("UZ", "Uzbekistan", "Узбекистан",
                List.of("Republic of Uzbekistan", "Республика Узбекистан")));
        assertThat(country("RU").otherNames()).contains("Russian Federation");
        assertThat(country("KG").otherNames()).contains("Kyrgyz Republic", "Kirghizia");
        assertThat(country("CN").nameRu()).isEqualTo("Китай");
    }

    // ---- themes ----

    @Test
    void theTaxonomyHasAtLeastThirtyThemesInTwoLevels() {
        List<Theme> themes = ReferenceData.themes();
        Map<UUID, Theme> byId = themes.stream().collect(Collectors.toMap(Theme::id, Function.identity()));

        assertThat(themes).hasSizeGreaterThanOrEqualTo(30);
        assertThat(themes).extracting(Theme::refKey).doesNotHaveDuplicates().doesNotContainNull();
        assertThat(themes).extracting(Theme::id).doesNotHaveDuplicates();
        List<Theme> roots = themes.stream().filter(t -> t.parentId() == null).toList();
        List<Theme> children = themes.stream().filter(t -> t.parentId() != null).toList();
        assertThat(roots).as("top level").hasSizeGreaterThanOrEqualTo(8);
        assertThat(children).as("second level").hasSizeGreaterThanOrEqualTo(20);
        for (Theme child : children) {
            assertThat(byId).as("parent of %s", child.refKey()).containsKey(child.parentId());
            assertThat(byId.get(child.parentId()).parentId()).as("%s is on the second level", child.refKey()).isNull();
        }
        assertThat(roots).allSatisfy(root -> assertThat(children).as("children of %s", root.refKey())
                .anyMatch(c -> c.parentId().equals(root.id())));
    }

    @Test
    void everyThemeHasAnEnglishAndARussianName() {
        SoftAssertions softly = new SoftAssertions();
        for (Theme t : ReferenceData.themes()) {
            softly.assertThat(t.nameEn()).as("English name of %s", t.refKey()).isNotBlank();
            softly.assertThat(t.nameRu()).as("Russian name of %s", t.refKey()).isNotBlank().matches(CYRILLIC);
        }
        softly.assertAll();
    }

    @Test
    void theTaxonomyCoversTheLiaisonOfficersSubjects() {
        Map<String, Theme> byKey = ReferenceData.themes().stream()
                .collect(Collectors.toMap(Theme::refKey, Function.identity()));
        Map<String, String> expected = Map.ofEntries(
                Map.entry("terrorism", "terrorism"),
                Map.entry("extremism", "violent extremism"),
                Map.entry("terrorism.internet", "internet"),
                Map.entry("drugs", "drug trafficking"),
                Map.entry("precursors", "precursors"),
                Map.entry("nps", "new psychoactive substances"),
                Map.entry("aml-cft", "money laundering and terrorist financing"),
                Map.entry("border", "border control"),
                Map.entry("information", "information exchange"),
                Map.entry("training", "training"),
                Map.entry("exercises", "joint exercises"),
                Map.entry("legal", "legal framework"),
                Map.entry("security.afghanistan", "afghanistan"),
                Map.entry("security.middle-east", "middle east"));

        SoftAssertions softly = new SoftAssertions();
        expected.forEach((key, words) -> {
            softly.assertThat(byKey).as("theme %s", key).containsKey(key);
            if (byKey.containsKey(key)) {
                softly.assertThat(byKey.get(key).nameEn().toLowerCase(Locale.ROOT)).as("name of %s", key).contains(words);
            }
        });
        softly.assertAll();
        assertThat(byKey.get("security.afghanistan").nameRu()).isEqualTo("Афганистан");
        assertThat(byKey.get("terrorism.internet").parentId()).isEqualTo(byKey.get("terrorism").id());
    }

    // ---- organisations ----

    @Test
    void thereAreAtLeastSixtyOrganisationsWithTheirKindsAndAcronyms() throws IOException {
        List<Organisation> organisations = ReferenceData.organisations();
        List<CSVRecord> rows = csv("organisations.csv");

        assertThat(organisations).hasSizeGreaterThanOrEqualTo(60).hasSameSizeAs(rows);
        assertThat(organisations).extracting(Organisation::id).doesNotHaveDuplicates();
        SoftAssertions softly = new SoftAssertions();
        for (CSVRecord row : rows) {
            Organisation o = byId(organisations, ReferenceData.keyId("organisation", row.get("key")));
            softly.assertThat(o.name()).as("name of %s", row.get("key")).isEqualTo(row.get("name"));
            softly.assertThat(o.kind()).as("kind of %s", row.get("key")).isNotNull();
            softly.assertThat(o.kind().name()).as("kind of %s", row.get("key")).isEqualTo(row.get("kind"));
            softly.assertThat(o.acronym()).as("acronym of %s", row.get("key"))
                    .isEqualTo(row.get("acronym").isBlank() ? null : row.get("acronym"));
        }
        softly.assertAll();
    }

    @Test
    void parentsAreResolved() throws IOException {
        List<Organisation> organisations = ReferenceData.organisations();
        Set<UUID> ids = organisations.stream().map(Organisation::id).collect(Collectors.toSet());
        for (CSVRecord row : csv("organisations.csv")) {
            Organisation o = byId(organisations, ReferenceData.keyId("organisation", row.get("key")));
            if (row.get("parent_key").isBlank()) {
                assertThat(o.parentId()).as("parent of %s", row.get("key")).isNull();
            } else {
                assertThat(o.parentId()).as("parent of %s", row.get("key"))
                        .isEqualTo(ReferenceData.keyId("organisation", row.get("parent_key")))
                        .isIn(ids);
            }
        }

        Organisation rats = byAcronym(organisations, "RATS SCO");
        assertThat(parentOf(organisations, rats).acronym()).isEqualTo("SCO");
        Organisation cted = byAcronym(organisations, "CTED");
        Organisation ctc = parentOf(organisations, cted);
        assertThat(ctc.name()).contains("Counter-Terrorism Committee");
        assertThat(ctc.otherNames()).contains("Counter-Terrorism Committee");
        assertThat(parentOf(organisations, ctc).acronym()).isEqualTo("UNSC");
        assertThat(parentOf(organisations, byName(organisations, "Secretariat of the SCO")).acronym()).isEqualTo("SCO");
        assertThat(parentOf(organisations, byAcronym(organisations, "CIS ATC")).acronym()).isEqualTo("CIS");
    }

    @Test
    void theBodiesTheExampleNeedsAreThere() {
        List<Organisation> organisations = ReferenceData.organisations();
        List<String> acronyms = List.of("UNODC", "UNOCT", "CTED", "UNRCCA", "SCO", "RATS SCO", "CSTO", "CIS ATC",
                "OSCE", "EAG", "FATF", "CICA", "INTERPOL", "ICRC", "CARICC", "SELEC");
        SoftAssertions softly = new SoftAssertions();
        for (String acronym : acronyms) {
            softly.assertThat(organisations).as("an organisation with the acronym %s", acronym)
                    .anyMatch(o -> acronym.equals(o.acronym()));
        }
        softly.assertThat(organisations).as("the SCO Secretariat")
                .anyMatch(o -> o.name().equals("Secretariat of the SCO") && o.otherNames().contains("SCO Secretariat"));
        softly.assertThat(organisations).as("the 1267 Committee")
                .anyMatch(o -> o.name().contains("1267 (1999)") && o.otherNames().contains("1267 Committee"));
        softly.assertThat(organisations).as("the 1988 Committee")
                .anyMatch(o -> o.name().contains("1988 (2011)") && o.otherNames().contains("1988 Committee"));
        softly.assertThat(organisations).as("the Paris Pact")
                .anyMatch(o -> o.name().contains("Paris Pact"));
        softly.assertAll();
        assertThat(byAcronym(organisations, "UNODC").kind().name()).isEqualTo("UN_ENTITY");
        assertThat(byAcronym(organisations, "RATS SCO").kind().name()).isEqualTo("REGIONAL_ORGANISATION");
        assertThat(byAcronym(organisations, "RATS SCO").nameRu())
                .isEqualTo("Региональная антитеррористическая структура Шанхайской организации сотрудничества");
    }

    // ---- keys ----

    @Test
    void keysAreDerivedFromTheReferenceKeyAndTheKind() {
        UUID rats = ReferenceData.keyId("organisation", "rats-sco");

        assertThat(ReferenceData.keyId("organisation", "rats-sco")).isEqualTo(rats);
        assertThat(ReferenceData.keyId("organisation", "sco")).isNotEqualTo(rats);
        assertThat(ReferenceData.keyId("theme", "rats-sco")).isNotEqualTo(rats);
        assertThat(byAcronym(ReferenceData.organisations(), "RATS SCO").id()).isEqualTo(rats);
        assertThat(ReferenceData.organisations()).extracting(Organisation::id)
                .containsExactlyElementsOf(ReferenceData.organisations().stream().map(Organisation::id).toList());
        assertThat(ReferenceData.themes()).extracting(Theme::id)
                .containsExactlyElementsOf(ReferenceData.themes().stream().map(Theme::id).toList());
    }

    // ---- loading into a catalogue ----

    @Test
    void loadIntoStoresEveryRecordOfTheFiles() throws IOException {
        int countryRows = csv("countries.csv").size();
        int themeRows = csv("themes.csv").size();
        int organisationRows = csv("organisations.csv").size();

        try (Catalogue catalogue = H2Catalogue.open(temp.resolve("catalogue"))) {
            assertThat(ReferenceData.isLoaded(catalogue)).isFalse();

            ReferenceData.loadInto(catalogue);

            assertThat(catalogue.countries().count()).isEqualTo(countryRows).isEqualTo(249);
            assertThat(catalogue.themes().count()).isEqualTo(themeRows);
            assertThat(catalogue.organisations().count()).isEqualTo(organisationRows);
            assertThat(ReferenceData.isLoaded(catalogue)).isTrue();
            assertThat(catalogue.settings().get(CatalogueSettings.REFERENCE_DATA_VERSION)).contains(ReferenceData.VERSION);

            Country uz = catalogue.countries().findAll().stream().filter(c -> c.code().equals("UZ")).findFirst().orElseThrow();
            assertThat(uz.nameRu()).isEqualTo("Узбекистан");
            Organisation rats = catalogue.organisations().findById(ReferenceData.keyId("organisation", "rats-sco"))
                    .orElseThrow();
            assertThat(rats.acronym()).isEqualTo("RATS SCO");
            assertThat(rats.parentId()).isEqualTo(ReferenceData.keyId("organisation", "sco"));
            assertThat(catalogue.themes().findAll()).extracting(Theme::refKey)
                    .containsAll(csv("themes.csv").stream().map(r -> r.get("key")).toList());
        }
    }

    @Test
    void storedOrganisationsAreTheShippedOnes() {
        try (Catalogue catalogue = H2Catalogue.open(temp.resolve("catalogue"))) {
            ReferenceData.loadInto(catalogue);

            SoftAssertions softly = new SoftAssertions();
            for (Organisation shipped : ReferenceData.organisations()) {
                Optional<Organisation> stored = catalogue.organisations().findById(shipped.id());
                softly.assertThat(stored).as(shipped.name()).isPresent();
                stored.ifPresent(s -> {
                    softly.assertThat(s).as(shipped.name()).usingRecursiveComparison()
                            .ignoringFields("stamp", "otherNames").isEqualTo(shipped);
                    softly.assertThat(s.otherNames()).as(shipped.name())
                            .containsExactlyInAnyOrderElementsOf(new HashSet<>(shipped.otherNames()));
                });
            }
            softly.assertAll();
        }
    }

    @Test
    void shippedRecordsGetTheSameKeysInEveryCatalogue() {
        try (Catalogue first = H2Catalogue.open(temp.resolve("first"));
             Catalogue second = H2Catalogue.open(temp.resolve("second"))) {
            ReferenceData.loadInto(first);
            ReferenceData.loadInto(second);

            Set<UUID> firstOrganisations = first.organisations().findAll().stream().map(Organisation::id)
                    .collect(Collectors.toSet());
            Set<UUID> secondOrganisations = second.organisations().findAll().stream().map(Organisation::id)
                    .collect(Collectors.toSet());
            assertThat(firstOrganisations).isEqualTo(secondOrganisations)
                    .contains(ReferenceData.keyId("organisation", "unodc"), ReferenceData.keyId("organisation", "cted"));
            assertThat(first.themes().findAll()).extracting(Theme::id)
                    .containsExactlyInAnyOrderElementsOf(second.themes().findAll().stream().map(Theme::id).toList())
                    .contains(ReferenceData.keyId("theme", "terrorism.internet"));
            assertThat(first.themes().findAll()).allSatisfy(t -> assertThat(t.id())
                    .isEqualTo(ReferenceData.keyId("theme", t.refKey())));
        }
    }

    // ---- helpers ----

    private static Country country(String code) {
        return ReferenceData.countries().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    private static Organisation byId(List<Organisation> organisations, UUID id) {
        return organisations.stream().filter(o -> o.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No organisation with key " + id));
    }

    private static Organisation byAcronym(List<Organisation> organisations, String acronym) {
        return organisations.stream().filter(o -> acronym.equals(o.acronym())).findFirst()
                .orElseThrow(() -> new AssertionError("No organisation with the acronym " + acronym));
    }

    private static Organisation byName(List<Organisation> organisations, String name) {
        return organisations.stream().filter(o -> name.equals(o.name())).findFirst()
                .orElseThrow(() -> new AssertionError("No organisation named " + name));
    }

    private static Organisation parentOf(List<Organisation> organisations, Organisation child) {
        assertThat(child.parentId()).as("parent of %s", child.name()).isNotNull();
        return byId(organisations, child.parentId());
    }

    /** The shipped file read on its own, without ReferenceData. */
    private static List<CSVRecord> csv(String name) throws IOException {
        InputStream in = ReferenceDataTest.class.getResourceAsStream("/reference/" + name);
        assertThat(in).as("/reference/" + name + " on the class path").isNotNull();
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, CSVFormat.RFC4180.builder().setHeader()
                     .setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records).as(name).isNotEmpty();
            assertThat(parser.getHeaderNames()).isNotEmpty();
            return records;
        }
    }
}
