package org.liaisonlog.logic.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The transliteration schemes give the spellings real documents use. */
class TransliterationTest {

    @Test
    void shcherbakovIsWrittenTheWaysTheIssueNames() {
        assertThat(Transliteration.PASSPORT.latin("Щербаков")).isEqualTo("Shcherbakov");
        assertThat(Transliteration.BGN.latin("Щербаков")).isEqualTo("Shcherbakov");
        assertThat(Transliteration.INFORMAL.latin("Щербаков")).isEqualTo("Scherbakov");
        assertThat(Transliteration.GERMAN.latin("Щербаков")).isEqualTo("Schtscherbakow");
        assertThat(Transliteration.allLatin("Щербаков")).containsExactly("Shcherbakov", "Scherbakov", "Schtscherbakow");
    }

    @Test
    void eachSchemeHasItsOwnHabits() {
        assertThat(Transliteration.PASSPORT.latin("Юлия Алексеевна")).isEqualTo("Iuliia Alekseevna");
        assertThat(Transliteration.BGN.latin("Юлия Алексеевна")).isEqualTo("Yuliya Alekseevna");
        assertThat(Transliteration.INFORMAL.latin("Алексей Хасанов")).isEqualTo("Alexey Hasanov");
        assertThat(Transliteration.GERMAN.latin("Юсупов")).isEqualTo("Jussupow");
        assertThat(Transliteration.PASSPORT.latin("Пустовитов Е.В.")).isEqualTo("Pustovitov E.V.");
    }

    @Test
    void russianNamesTakeTheirFeminineForms() {
        assertThat(PersonNames.feminine("Щербаков")).isEqualTo("Щербакова");
        assertThat(PersonNames.feminine("Цой")).isEqualTo("Цой");
        assertThat(PersonNames.femininePatronymic("Викторович")).isEqualTo("Викторовна");
    }
}
