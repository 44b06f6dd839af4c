package org.liaisonlog.logic.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.person.Person;

/** The people an editor picks from by typing: stored ones by any spelling, new ones made once. */
class PeopleChoicesTest {

    private final Person stored = new Person(RecordStamp.fresh(), "Pustovitov Sergei", List.of("Пустовитов Сергей"),
            null, null, null, null, null);
    private final PeopleChoices choices = new PeopleChoices(List.of(stored));

    private static Person newPerson(String name) {
        return new Person(RecordStamp.fresh(), name, List.of(), null, null, null, null, null);
    }

    @Test
    void aNameOrAnyOtherSpellingNamesTheStoredPerson() {
        assertThat(choices.named("pustovitov  SERGEI", PeopleChoicesTest::newPerson)).isSameAs(stored);
        assertThat(choices.named("Пустовитов Сергей", PeopleChoicesTest::newPerson)).isSameAs(stored);
        assertThat(choices.isNew(stored)).isFalse();
        assertThat(choices.person(stored.id())).contains(stored);
    }

    @Test
    void aNewNameMakesOneNewPersonWhateverTheSpaces() {
        Person created = choices.named("  Ivanov Ivan ", PeopleChoicesTest::newPerson);
        assertThat(created.name()).isEqualTo("Ivanov Ivan");
        assertThat(choices.named("Ivanov Ivan", PeopleChoicesTest::newPerson)).isSameAs(created);
        assertThat(choices.isNew(created)).isTrue();
        assertThat(choices.person(created.id())).contains(created);
        assertThat(choices.newUsed(Set.of(created.id()))).containsExactly(created);
        assertThat(choices.newUsed(Set.of())).isEmpty();
        assertThat(choices.suggest("ivan")).containsExactly(created);
    }

    @Test
    void aCloseSpellingIsOfferedUntilTheUserChoosesAndThenNamesTheChosenPerson() {
        assertThat(choices.closeMatches("Pustovitow Sergei")).containsExactly(stored);
        assertThat(choices.useExisting("Pustovitow Sergei", stored)).isSameAs(stored);
        assertThat(choices.closeMatches("Pustovitow Sergei")).isEmpty();
        assertThat(choices.named("Pustovitow Sergei", PeopleChoicesTest::newPerson)).isSameAs(stored);
        assertThat(choices.closeMatches("")).isEmpty();
    }

    @Test
    void suggestionsMatchAnySpellingAndAreCapped() {
        assertThat(choices.suggest("пустов")).containsExactly(stored);
        assertThat(choices.suggest(" ")).isEmpty();
        for (int i = 0; i < 20; i++) {
            choices.named("Sergeev " + i, PeopleChoicesTest::newPerson);
        }
        assertThat(choices.suggest("serge")).hasSize(PeopleChoices.SUGGESTIONS);
    }
}
