package org.liaisonlog.logic.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.liaisonlog.logic.merge.NameMatcher.Candidate;
import org.liaisonlog.logic.merge.NameMatcher.Reason;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;

class NameMatcherTest {

    private static final Organisation UNODC = organisation("United Nations Office on Drugs and Crime", "UNODC");
    private static final Organisation INTERPOL = organisation("International Criminal Police Organization", "INTERPOL");
    private static final Organisation OSCE = organisation("Organization for Security and Co-operation in Europe", "OSCE");
    private static final Organisation EUROPOL = organisation("European Union Agency for Law Enforcement Cooperation",
            "Europol");
    private static final List<Organisation> ORGANISATIONS = List.of(UNODC, INTERPOL, OSCE, EUROPOL);

    @Test
    void cyrillicAndLatinSpellingsOfASurnameMatch() {
        assertThat(reason("Пустовитов", "Pustovitov")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Shcherbakov", "Scherbakov")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Щербаков", "Shcherbakov")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Щербаков", "Scherbakov")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Юрий Жуков", "Yuriy Zhukov")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Юрий Жуков", "Iurii Zhukov")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Дмитрий Цой", "Dmitry Tsoy")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Евгений Сысоев", "Yevgeniy Sysoyev")).isEqualTo(Reason.TRANSLITERATION);
        assertThat(reason("Михаил Хабаров", "Mikhail Khabarov")).isEqualTo(Reason.TRANSLITERATION);
    }

    @Test
    void anAcronymMatchesWhateverTheCaseDotsOrALeadingThe() {
        for (String typed : List.of("the UNODC", "U.N.O.D.C.", "unodc")) {
            List<Candidate<Organisation>> found = NameMatcher.organisations(typed, ORGANISATIONS);
            assertThat(found).as(typed).isNotEmpty();
            assertThat(found.get(0).record()).as(typed).isEqualTo(UNODC);
            assertThat(found).as(typed).hasSize(1);
        }
        assertThat(NameMatcher.organisations("unodc", ORGANISATIONS).get(0).reason()).isEqualTo(Reason.EXACT);
        assertThat(NameMatcher.organisations("the UNODC", ORGANISATIONS).get(0).reason()).isEqualTo(Reason.SPELLING);
    }

    @Test
    void aLetterOffStillMatches() {
        List<Candidate<Organisation>> found = NameMatcher.organisations("Interpoll", ORGANISATIONS);

        assertThat(found).extracting(Candidate::record).containsExactly(INTERPOL);
        assertThat(found.get(0).reason()).isEqualTo(Reason.TYPO);
        assertThat(found.get(0).matchedName()).isEqualTo("INTERPOL");
    }

    @Test
    void britishAndAmericanSpellingsMatch() {
        List<Candidate<Organisation>> found = NameMatcher.organisations(
                "Organisation for Security and Cooperation in Europe", ORGANISATIONS);

        assertThat(found).extracting(Candidate::record).containsExactly(OSCE);
    }

    @Test
    void aPersonMatchesWithFirstAndLastNamesSwapped() {
        Person sysoev = person("Evgeny Sysoev", "Евгений Сысоев");
        Person other = person("Ivan Petrov");

        List<Candidate<Person>> found = NameMatcher.people("Sysoev Evgeny", List.of(other, sysoev));

        assertThat(found).extracting(Candidate::record).containsExactly(sysoev);
        assertThat(found.get(0).reason()).isEqualTo(Reason.WORD_ORDER);
        assertThat(NameMatcher.people("Сысоев Евгений", List.of(sysoev))).isNotEmpty();
    }

    @Test
    void unrelatedNamesDoNotMatch() {
        assertThat(NameMatcher.organisations("Europol Secretariat", ORGANISATIONS)).isEmpty();
        assertThat(NameMatcher.organisations("UNDP", ORGANISATIONS)).isEmpty();
        assertThat(NameMatcher.organisations("OSCE PA", ORGANISATIONS)).isEmpty();
        assertThat(NameMatcher.organisations("UN", ORGANISATIONS)).isEmpty();
        assertThat(NameMatcher.people("Ivan Petrov", List.of(person("Pavel Ivanov")))).isEmpty();
        assertThat(NameMatcher.compare("Pustovitov", "Pustovoytenko", false)).isEmpty();
        assertThat(NameMatcher.compare("Sysoev", "Sokolov", false)).isEmpty();
    }

    @Test
    void theBestMatchComesFirst() {
        Person exact = person("Ivan Petrov");
        Person typo = person("Ivan Petrof");
        Person cyrillic = person("Иван Петров");

        List<Candidate<Person>> found = NameMatcher.people("Ivan Petrov", List.of(typo, cyrillic, exact));

        assertThat(found).extracting(Candidate::record).containsExactly(exact, cyrillic, typo);
        assertThat(found).extracting(Candidate::reason)
                .containsExactly(Reason.EXACT, Reason.TRANSLITERATION, Reason.TYPO);
    }

    @Test
    void distanceCountsASwapOfNeighboursAsOne() {
        assertThat(NameMatcher.distance("interpol", "itnerpol", 2)).isEqualTo(1);
        assertThat(NameMatcher.distance("abc", "abcdef", 2)).isEqualTo(3);
        assertThat(NameMatcher.allowedDistance(6)).isEqualTo(1);
        assertThat(NameMatcher.allowedDistance(7)).isEqualTo(2);
    }

    private static Reason reason(String typed, String name) {
        return NameMatcher.compare(typed, name, true).map(NameMatcher.Match::reason).orElse(null);
    }

    private static Organisation organisation(String name, String acronym) {
        return new Organisation(RecordStamp.fresh(), name, null, acronym, List.of(), OrganisationKind.OTHER,
                null, null, null);
    }

    private static Person person(String name, String... spellings) {
        return new Person(RecordStamp.fresh(), name, List.of(spellings), null, null, null, null, null);
    }
}
