package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.CatalogueException;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.model.attendance.AttendanceHistoryEntry;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;

/** People and organisations updated, deleted, and their attendance history, on a real H2 file. */
class JooqPeopleAndOrganisationsTest {

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
    void updatingAPersonReplacesTheSpellingsAndTakesTheNextVersion() {
        Person stored = fixtures.speaker;
        Person edited = new Person(stored.stamp(), "Evgeny Sysoev", List.of("Е. Сысоев"), "Dr", "Former director",
                fixtures.unodc.id(), "KZ", null);

        Person updated = catalogue.people().update(edited);

        assertThat(updated.stamp().version()).isEqualTo(1);
        assertThat(updated).usingRecursiveComparison().ignoringFields("stamp").isEqualTo(edited);
        assertThat(catalogue.people().findById(stored.id())).contains(updated);
        assertThatThrownBy(() -> catalogue.people().update(edited)).isInstanceOf(StaleRecordException.class);
        assertThat(catalogue.people().findById(stored.id())).contains(updated);
    }

    @Test
    void updatingAnOrganisationReplacesItsOtherNamesAndAStaleUpdateIsRefused() {
        Organisation stored = fixtures.unodc;
        Organisation edited = new Organisation(stored.stamp(), stored.name(), "УНП ООН", "UNODC",
                List.of("Office on Drugs and Crime"), OrganisationKind.UN_ENTITY, null,
                null, "Vienna");

        Organisation updated = catalogue.organisations().update(edited);

        assertThat(updated.stamp().version()).isEqualTo(1);
        assertThat(updated).usingRecursiveComparison().ignoringFields("stamp").isEqualTo(edited);
        assertThatThrownBy(() -> catalogue.organisations().update(edited)).isInstanceOf(StaleRecordException.class);
        assertThat(catalogue.organisations().findById(stored.id())).contains(updated);
    }

    @Test
    void deletingIsRefusedWhileReferencedAndDoneWhenFree() {
        catalogue.events().insert(fixtures.conference());

        assertThatThrownBy(() -> catalogue.people().delete(fixtures.speaker.id(), 0))
                .isInstanceOf(CatalogueException.class)
                .satisfies(e -> assertThat(((CatalogueException) e).messageKey()).isEqualTo("error.personInUse"));
        assertThatThrownBy(() -> catalogue.organisations().delete(fixtures.rats.id(), 0))
                .satisfies(e -> assertThat(((CatalogueException) e).messageKey()).isEqualTo("error.organisationInUse"));
        assertThat(catalogue.people().findById(fixtures.speaker.id())).isPresent();
        assertThat(catalogue.organisations().findById(fixtures.rats.id())).isPresent();

        Person free = catalogue.people().insert(new Person(RecordStamp.fresh(), "Nobody", List.of("Никто"), null,
                null, null, null, null));
        assertThatThrownBy(() -> catalogue.people().delete(free.id(), 3)).isInstanceOf(StaleRecordException.class);
        catalogue.people().delete(free.id(), 0);
        assertThat(catalogue.people().findById(free.id())).isEmpty();
        catalogue.organisations().delete(fixtures.unodc.id(), 0);
        assertThat(catalogue.organisations().findById(fixtures.unodc.id())).isEmpty();
    }

    @Test
    void historyIsNewestFirstAndSubOrganisationsComeOnlyWhenAsked() {
        Organisation committee = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(),
                "Executive Committee", null, "EC", List.of(), OrganisationKind.REGIONAL_ORGANISATION, null,
                fixtures.rats.id(), null));
        Organisation unit = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(),
                "Analysis unit", null, null, List.of(), OrganisationKind.OTHER, null, committee.id(), null));
        Event conference = catalogue.events().insert(fixtures.conference());
        Event older = catalogue.events().insert(withAttendance(Fixtures.yearOnly("Older meeting", 2016, "Moscow"),
                fixtures.rats.id(), fixtures.speaker.id()));
        Event newer = catalogue.events().insert(withAttendance(Fixtures.yearOnly("Newer meeting", 2020, "Astana"),
                unit.id(), fixtures.speaker.id()));

        List<AttendanceHistoryEntry> person = catalogue.people().attendanceOfPerson(fixtures.speaker.id());
        assertThat(person).extracting(AttendanceHistoryEntry::eventId)
                .containsExactly(newer.id(), conference.id(), older.id());
        AttendanceHistoryEntry atConference = person.get(1);
        assertThat(atConference.capacity()).isEqualTo(Capacity.SECRETARIAT);
        assertThat(atConference.title()).isEqualTo("Director of the Executive Committee");
        assertThat(atConference.city()).isEqualTo("Tashkent");
        assertThat(atConference.eventStart()).isEqualTo(conference.start());

        assertThat(catalogue.organisations().attendanceOfOrganisation(fixtures.rats.id(), false))
                .extracting(AttendanceHistoryEntry::eventId)
                .containsExactly(conference.id(), conference.id(), older.id());
        List<AttendanceHistoryEntry> withSubtree =
                catalogue.organisations().attendanceOfOrganisation(fixtures.rats.id(), true);
        assertThat(withSubtree).extracting(AttendanceHistoryEntry::eventId)
                .containsExactly(newer.id(), conference.id(), conference.id(), older.id());
        assertThat(withSubtree.get(0).organisationName()).isEqualTo("Analysis unit");
        assertThat(catalogue.organisations().attendanceOfOrganisation(committee.id(), false)).isEmpty();
        assertThat(catalogue.organisations().eventCounts()).containsEntry(fixtures.rats.id(), 2);
        assertThat(catalogue.people().eventCounts()).containsEntry(fixtures.speaker.id(), 3);
        assertThat(catalogue.people().eventCounts(List.of(fixtures.speaker.id())))
                .containsExactly(java.util.Map.entry(fixtures.speaker.id(), 3));
        assertThat(catalogue.people().eventCounts(List.of())).isEmpty();
    }

    private static Event withAttendance(Event e, UUID organisationId, UUID personId) {
        return new Event(e.stamp(), e.kind(), e.title(), e.series(), e.edition(), e.motto(), e.organiserIds(),
                e.city(), e.countryCode(), e.venue(), e.start(), e.end(), e.summary(), e.outcomes(), e.themeIds(),
                e.sources(), List.of(Fixtures.line(organisationId, personId, null, Capacity.OBSERVER, null, null,
                        AttendanceStatus.ATTENDED)));
    }
}
