package org.liaisonlog.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonlog.logic.reference.ReferenceData;
import org.liaisonlog.model.common.Country;

/** Finding countries by what a user types. */
class CountryIndexTest {

    private static final Country UZBEKISTAN = new Country("UZ", "Uzbekistan", "Узбекистан",
            List.of("Republic of Uzbekistan", "Республика Узбекистан"));
    private static final Country KYRGYZSTAN = new Country("KG", "Kyrgyzstan", "Киргизия",
            List.of("Kyrgyz Republic", "Кыргызская Республика", "Kirghizia", "Kirgizia", "Кыргызстан"));
    private static final Country RUSSIA = new Country("RU", "Russia", "Россия",
            List.of("Russian Federation", "Российская Федерация"));
    private static final Country IVORY_COAST = new Country("CI", "Côte d’Ivoire", "Кот-д’Ивуар", List.of());
    private static final Country KAZAKHSTAN = new Country("KZ", "Kazakhstan", "Казахстан", List.of());

    private final CountryIndex index = new CountryIndex(List.of(UZBEKISTAN, KYRGYZSTAN, RUSSIA, IVORY_COAST, KAZAKHSTAN));

    @Test
    void findsByCode() {
        assertThat(index.byCode("UZ")).contains(UZBEKISTAN);
        assertThat(index.byCode("XX")).isEmpty();
        assertThat(index.byCode(null)).isEmpty();
        assertThat(index.find("KG")).contains(KYRGYZSTAN);
        assertThat(index.find("ru")).as("a typed code ignores case").contains(RUSSIA);
    }

    @Test
    void findsByEnglishName() {
        assertThat(index.find("Uzbekistan")).contains(UZBEKISTAN);
        assertThat(index.find("kyrgyzstan")).contains(KYRGYZSTAN);
        assertThat(index.find("  RUSSIA ")).contains(RUSSIA);
    }

    @Test
    void findsByRussianName() {
        assertThat(index.find("Узбекистан")).contains(UZBEKISTAN);
        assertThat(index.find("киргизия")).contains(KYRGYZSTAN);
        assertThat(index.find("РОССИЯ")).contains(RUSSIA);
    }

    @Test
    void findsByOtherNames() {
        assertThat(index.find("Kyrgyz Republic")).contains(KYRGYZSTAN);
        assertThat(index.find("Kirghizia")).contains(KYRGYZSTAN);
        assertThat(index.find("kirgizia")).contains(KYRGYZSTAN);
        assertThat(index.find("Кыргызстан")).contains(KYRGYZSTAN);
        assertThat(index.find("Russian Federation")).contains(RUSSIA);
        assertThat(index.find("российская федерация")).contains(RUSSIA);
        assertThat(index.find("Republic of Uzbekistan")).contains(UZBEKISTAN);
    }

    @Test
    void findIgnoresCaseAccentsAndApostrophes() {
        assertThat(index.find("cote d'ivoire")).contains(IVORY_COAST);
        assertThat(index.find("CÔTE D’IVOIRE")).contains(IVORY_COAST);
        assertThat(index.find("Кот-д'Ивуар")).contains(IVORY_COAST);
    }

    @Test
    void findsNothingForUnknownOrEmptyText() {
        assertThat(index.find("Atlantis")).isEmpty();
        assertThat(index.find("Uzbek")).as("find matches whole names only").isEmpty();
        assertThat(index.find("")).isEmpty();
        assertThat(index.find(null)).isEmpty();
    }

    @Test
    void namesCountriesInTheLanguage() {
        assertThat(index.name("UZ", "en")).isEqualTo("Uzbekistan");
        assertThat(index.name("UZ", "ru")).isEqualTo("Узбекистан");
        assertThat(index.name("XX", "ru")).as("unknown codes are shown as they are").isEqualTo("XX");
        assertThat(index.name(null, "en")).isEmpty();
    }

    @Test
    void suggestsCountriesWhoseNamesContainTheText() {
        assertThat(index.suggest("stan", 10)).containsExactly(UZBEKISTAN, KYRGYZSTAN, KAZAKHSTAN);
        assertThat(index.suggest("узб", 10)).containsExactly(UZBEKISTAN);
        assertThat(index.suggest("Kirgh", 10)).as("other names count").containsExactly(KYRGYZSTAN);
        assertThat(index.suggest("federation", 10)).containsExactly(RUSSIA);
        assertThat(index.suggest("cote", 10)).as("accents ignored").containsExactly(IVORY_COAST);
    }

    @Test
    void suggestRespectsTheLimitAndIgnoresEmptyText() {
        assertThat(index.suggest("stan", 2)).containsExactly(UZBEKISTAN, KYRGYZSTAN);
        assertThat(index.suggest("", 10)).isEmpty();
        assertThat(index.suggest("   ", 10)).isEmpty();
        assertThat(index.suggest("zzz", 10)).isEmpty();
    }

    @Test
    void everyShippedCountryIsFoundByItsCodeAndEachOfItsNames() {
        List<Country> countries = ReferenceData.countries();
        CountryIndex shipped = new CountryIndex(countries);

        assertThat(shipped.all()).hasSameSizeAs(countries);
        for (Country c : countries) {
            assertThat(shipped.find(c.code())).as(c.code()).contains(c);
            assertThat(shipped.find(c.nameEn())).as(c.nameEn()).contains(c);
            assertThat(shipped.find(c.nameRu())).as(c.nameRu()).contains(c);
            for (String other : c.otherNames()) {
                assertThat(shipped.find(other)).as(other).contains(c);
            }
        }
        assertThat(shipped.find("Kirghizia")).map(Country::code).contains("KG");
        assertThat(shipped.find("Kyrgyz Republic")).map(Country::code).contains("KG");
        assertThat(shipped.find("Russian Federation")).map(Country::code).contains("RU");
        assertThat(shipped.find("Türkiye")).map(Country::code).contains("TR");
        assertThat(shipped.find("Curacao")).map(Country::code).contains("CW");
    }
}
