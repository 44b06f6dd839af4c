package org.liaisonlog.gui.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.gui.QueuedExecutor;
import org.liaisonlog.gui.RecordingDialogs;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.catalogue.Catalogue;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.persistence.H2Catalogue;

/** How the people table fills on a catalogue larger than a screenful: the first by name, then all. */
class PeopleViewModelLoadingTest {

    /** More people than the table shows first. */
    private static final int PEOPLE = PeopleViewModel.FIRST_LINES + 30;

    @TempDir
    Path folder;

    private Catalogue catalogue;
    private final QueuedExecutor executor = new QueuedExecutor();
    private PeopleViewModel people;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(folder);
        for (int i = 0; i < PEOPLE; i++) {
            // inserted in reverse, so that the first lines by name are not simply the first inserted
            catalogue.people().insert(new Person(RecordStamp.fresh(), String.format("person %03d", PEOPLE - 1 - i),
                    List.of(), null, null, null, null, null));
        }
        people = new PeopleViewModel(new PersonService(catalogue), executor, new RecordingDialogs(),
                new Messages(Locale.ENGLISH));
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void openingShowsTheFirstByNameThenEverybodyKeepingTheLinesShown() {
        people.load();
        assertThat(people.rows()).isEmpty();
        assertThat(people.loadingProperty().get()).isTrue();

        executor.runNext();
        assertThat(people.rows()).hasSize(PeopleViewModel.FIRST_LINES);
        assertThat(people.rows().stream().map(r -> r.nameProperty().get()))
                .startsWith("person 000", "person 001").contains("person 199").doesNotContain("person 200");
        assertThat(people.loadingProperty().get()).as("still reading the rest").isTrue();
        assertThat(people.statusProperty().get())
                .isEqualTo("The first " + PeopleViewModel.FIRST_LINES + " people by name; reading the others…");
        List<PersonRowViewModel> first = List.copyOf(people.rows());

        executor.runNext();
        assertThat(people.rows()).hasSize(PEOPLE);
        assertThat(people.loadingProperty().get()).isFalse();
        assertThat(people.statusProperty().get()).isEqualTo(PEOPLE + " people");
        assertThat(people.rows().subList(0, first.size()))
                .as("the same line objects, so that a selection made meanwhile stays")
                .usingElementComparator((a, b) -> a == b ? 0 : 1)
                .containsExactlyElementsOf(first);
    }

    @Test
    void aReloadKeepsTheLinesShownUntilEverybodyIsRead() {
        people.load();
        executor.runAll();
        catalogue.people().insert(new Person(RecordStamp.fresh(), "aaa first of all", List.of(), null, null, null,
                null, null));

        people.load();
        assertThat(people.rows()).as("the lines stay while reading").hasSize(PEOPLE);
        executor.runNext();
        assertThat(people.rows()).as("no first screenful on a reload").hasSize(PEOPLE + 1);
        assertThat(people.rows().get(0).nameProperty().get()).isEqualTo("aaa first of all");
    }
}
