package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueSettings;
import org.liaisonlog.model.common.Country;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;

/** Countries, organisations, people, themes and catalogue settings. */
class JooqReferenceRepositoriesTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void countriesKeepTheirOtherNames() {
        assertThat(catalogue.countries().count()).isEqualTo(3);
        assertThat(catalogue.countries().findAll()).containsExactly(
                new Country("KZ", "Kazakhstan", "Казахстан", List.of()),
                new Country("RU", "Russia", "Россия", List.of("Russian Federation", "Российская Федерация")),
                new Country("UZ", "Uzbekistan", "Узбекистан", List.of("Republic of Uzbekistan")));
    }

    @Test
    void organisationsKeepTheirAliasesAndParent() {
        Organisation secretariat = new Organisation(RecordStamp.fresh(), "Executive Committee",
                "Исполнительный комитет", "EC", List.of("Secretariat", "Executive Committee of RATS", "Secretariat"),
                OrganisationKind.REGIONAL_ORGANISATION, "UZ", fixtures.rats.id(), "Based in Tashkent");

        Organisation stored = catalogue.organisations().insert(secretariat);

        assertThat(stored.stamp().version()).isZero();
        assertThat(stored.stamp().createdAt()).isNotNull();
        assertThat(stored.otherNames()).as("a set, alphabetical")
                .containsExactly("Executive Committee of RATS", "Secretariat");
        assertThat(stored).usingRecursiveComparison().ignoringFields("stamp", "otherNames").isEqualTo(secretariat);
        assertThat(catalogue.organisations().findById(stored.id())).contains(stored);
        assertThat(catalogue.organisations().findAll()).extracting(Organisation::name).containsExactly(
                "Executive Committee", "Ministry of Internal Affairs of Uzbekistan",
                "Regional Anti-Terrorist Structure of the Shanghai Cooperation Organisation",
                "United Nations Office on Drugs and Crime");
        assertThat(catalogue.organisations().findAll()).contains(stored);
        assertThat(catalogue.organisations().count()).isEqualTo(4);
    }

    @Test
    void peopleKeepTheirOtherSpellings() {
        Person stored = fixtures.speaker;
        assertThat(stored.otherSpellings()).containsExactly("Yevgeny Sysoyev", "Евгений Сысоев");
        assertThat(stored.organisationId()).isEqualTo(fixtures.rats.id());
        assertThat(catalogue.people().findById(stored.id())).contains(stored);
        Person other = catalogue.people().insert(new Person(RecordStamp.fresh(), "Abdulla Aripov", List.of(), null,
                null, null, "UZ", null));
        assertThat(catalogue.people().findAll()).containsExactly(other, stored);
        assertThat(catalogue.people().count()).isEqualTo(2);
    }

    @Test
    void themesComeInTreeOrder() {
        Theme extremism = catalogue.themes().insert(Fixtures.theme(fixtures.terrorism.id(), "Violent extremism", 0));
        Theme precursors = catalogue.themes().insert(Fixtures.theme(fixtures.drugs.id(), "Precursors", 0));
        Theme financing = catalogue.themes().insert(Fixtures.theme(fixtures.terrorism.id(), "Financing", 1));
        Theme general = catalogue.themes().insert(Fixtures.theme(null, "General", 2));

        assertThat(catalogue.themes().findAll()).containsExactly(
                fixtures.terrorism, extremism, financing, fixtures.internet,
                fixtures.drugs, precursors, general);
        assertThat(catalogue.themes().count()).isEqualTo(7);
    }

    @Test
    void settingsAreWrittenOverAndRead() {
        CatalogueSettings settings = catalogue.settings();
        assertThat(settings.get(CatalogueSettings.REFERENCE_DATA_VERSION)).isEmpty();
        settings.put(CatalogueSettings.REFERENCE_DATA_VERSION, "1");
        settings.put(CatalogueSettings.REFERENCE_DATA_VERSION, "2");
        assertThat(settings.get(CatalogueSettings.REFERENCE_DATA_VERSION)).contains("2");
        settings.put(CatalogueSettings.REFERENCE_DATA_VERSION, null);
        assertThat(settings.get(CatalogueSettings.REFERENCE_DATA_VERSION)).isEmpty();
    }
}
