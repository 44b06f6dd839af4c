package org.liaisonlog.logic.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How typed names are compared. */
class NamesTest {

    @Test
    void keyIgnoresCase() {
        assertThat(Names.key("Kyrgyz Republic")).isEqualTo("kyrgyz republic");
        assertThat(Names.key("RATS SCO")).isEqualTo(Names.key("rats sco"));
        assertThat(Names.key("УЗБЕКИСТАН")).isEqualTo(Names.key("узбекистан"));
    }

    @Test
    void keyIgnoresAccents() {
        assertThat(Names.key("Côte d'Ivoire")).isEqualTo("cote d'ivoire");
        assertThat(Names.key("Curaçao")).isEqualTo("curacao");
        assertThat(Names.key("Türkiye")).isEqualTo(Names.key("Turkiye"));
        assertThat(Names.key("Åland Islands")).isEqualTo("aland islands");
        assertThat(Names.key("Соединённые Штаты")).as("ё matches е").isEqualTo(Names.key("Соединенные Штаты"));
    }

    @Test
    void keyTreatsCurlyApostrophesAndDashesAsPlainOnes() {
        assertThat(Names.key("ISIL (Da’esh)")).isEqualTo(Names.key("ISIL (Da'esh)"));
        assertThat(Names.key("Commonwealth of Independent States’ Anti-Terrorism Center"))
                .isEqualTo("commonwealth of independent states' anti-terrorism center");
        assertThat(Names.key("Combating Terrorism – Cooperation")).isEqualTo("combating terrorism - cooperation");
        assertThat(Names.key("Combating Terrorism — Cooperation")).isEqualTo("combating terrorism - cooperation");
    }

    @Test
    void keyCollapsesAndTrimsSpaces() {
        assertThat(Names.key("  Russian \t Federation\n")).isEqualTo("russian federation");
    }

    @Test
    void keyOfNothingIsEmpty() {
        assertThat(Names.key(null)).isEmpty();
        assertThat(Names.key("   ")).isEmpty();
    }

    @Test
    void containsComparesAsKeyDoes() {
        assertThat(Names.contains("Côte d’Ivoire", "COTE D'IV")).isTrue();
        assertThat(Names.contains("UN Office on Drugs and Crime", "drugs  and")).isTrue();
        assertThat(Names.contains("UN Office on Drugs and Crime", "terrorism")).isFalse();
        assertThat(Names.contains(null, "x")).isFalse();
    }
}
