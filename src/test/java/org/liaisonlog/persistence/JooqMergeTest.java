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
import org.liaisonlog.logic.merge.MergeImpact;
import org.liaisonlog.logic.merge.MergeService;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripStatus;

/** Merging duplicate people and organisations, on a real H2 file. */
class JooqMergeTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;
    private MergeService merges;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
        merges = new MergeService(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void mergingAnOrganisationMovesEveryReferenceAndKeepsItsNames() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Organisation dup = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(),
                "RATS of the SCO", "РАТС ШОС", "RATS", List.of("Regional Anti-Terrorist Structure", "RATS SCO"),
                OrganisationKind.OTHER, null, null, null));
        Organisation child = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "RATS Council",
                null, null, List.of(), OrganisationKind.OTHER, null, dup.id(), null));
        Person member = catalogue.people().insert(new Person(RecordStamp.fresh(), "Ivan Petrov", List.of(), null,
                null, dup.id(), null, null));
        // An event organised by both: the duplicate's organiser row must go, not repeat a key.
        Event both = catalogue.events().insert(withOrganisersAndLine(Fixtures.yearOnly("Both", 2019, "Tashkent"),
                List.of(fixtures.rats.id(), dup.id()), dup.id()));
        Event dupOnly = catalogue.events().insert(withOrganisersAndLine(Fixtures.yearOnly("Dup only", 2020, "Astana"),
                List.of(dup.id()), null));

        assertThat(merges.organisationImpact(dup.id())).isEqualTo(new MergeImpact(1, 2, 1, 1, 0));
        Organisation kept = merges.mergeOrganisations(dup.id(), fixtures.rats.id());

        assertThat(catalogue.organisations().findById(dup.id())).isEmpty();
        assertThat(kept.stamp().version()).isEqualTo(fixtures.rats.stamp().version() + 1);
        assertThat(kept.otherNames()).containsExactlyInAnyOrder("RATS of the SCO", "РАТС ШОС", "RATS",
                "Regional Anti-Terrorist Structure");
        assertThat(catalogue.events().findById(both.id()).orElseThrow().organiserIds()).containsExactly(fixtures.rats.id());
        assertThat(catalogue.events().findById(both.id()).orElseThrow().attendance())
                .extracting(Attendance::organisationId).containsExactly(fixtures.rats.id());
        assertThat(catalogue.events().findById(both.id()).orElseThrow().stamp().version()).isEqualTo(1);
        assertThat(catalogue.events().findById(dupOnly.id()).orElseThrow().organiserIds())
                .containsExactly(fixtures.rats.id());
        assertThat(catalogue.events().findById(conference.id()).orElseThrow().stamp().version()).isZero();
        assertThat(catalogue.people().findById(member.id()).orElseThrow().organisationId()).isEqualTo(fixtures.rats.id());
        assertThat(catalogue.organisations().findById(child.id()).orElseThrow().parentId()).isEqualTo(fixtures.rats.id());
        assertThat(catalogue.history().forRecord(fixtures.rats.id())).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ChangeKind.MERGE))
                .satisfies(e -> assertThat(e.details().get(0).before()).isEqualTo("RATS of the SCO"));
        assertThat(catalogue.history().forRecord(dup.id())).singleElement()
                .satisfies(e -> assertThat(e.kind()).isEqualTo(ChangeKind.MERGE));
    }

    @Test
    void mergingAPersonMovesAttendanceAndTripsWithoutRepeatingATraveller() {
        Event conference = catalogue.events().insert(fixtures.conference());
        Person dup = catalogue.people().insert(new Person(RecordStamp.fresh(), "Евгений Сысоев",
                List.of("Sysoev E.", "Yevgeny Sysoyev"), null, null, null, null, null));
        Person other = catalogue.people().insert(new Person(RecordStamp.fresh(), "Ivan Petrov", List.of(), null,
                null, null, null, null));
        Trip shared = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(fixtures.speaker.id(), dup.id()),
                "Shared", List.of(), List.of(), TripStatus.PLANNED, null, null));
        Trip alone = catalogue.trips().insert(new Trip(RecordStamp.fresh(), List.of(other.id(), dup.id()),
                "Alone", List.of(), List.of(), TripStatus.PLANNED, null, null));
        Event talk = catalogue.events().insert(withPersonLine(Fixtures.yearOnly("Talk", 2021, "Bishkek"), dup.id()));

        assertThat(merges.personImpact(dup.id())).isEqualTo(new MergeImpact(1, 0, 0, 0, 2));
        Person kept = merges.mergePeople(dup.id(), fixtures.speaker.id());

        assertThat(catalogue.people().findById(dup.id())).isEmpty();
        assertThat(kept.stamp().version()).isEqualTo(1);
        assertThat(kept.otherSpellings()).containsExactlyInAnyOrder("Евгений Сысоев", "Yevgeny Sysoyev", "Sysoev E.");
        assertThat(catalogue.trips().findById(shared.id()).orElseThrow().travellerIds())
                .containsExactly(fixtures.speaker.id());
        assertThat(catalogue.trips().findById(alone.id()).orElseThrow().travellerIds())
                .containsExactlyInAnyOrder(other.id(), fixtures.speaker.id());
        assertThat(catalogue.events().findById(talk.id()).orElseThrow().attendance())
                .extracting(Attendance::personId).containsExactly(fixtures.speaker.id());
        assertThat(catalogue.people().attendanceOfPerson(fixtures.speaker.id())).hasSize(2);
        assertThat(catalogue.events().findById(conference.id())).isPresent();
        assertThat(catalogue.history().forRecord(fixtures.speaker.id())).extracting(e -> e.kind())
                .containsExactly(ChangeKind.MERGE);
    }

    @Test
    void aMergeIntoItselfOrIntoASubOrganisationIsRefusedAndChangesNothing() {
        Organisation child = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Child", null,
                null, List.of(), OrganisationKind.OTHER, null, fixtures.unodc.id(), null));
        Organisation grandchild = catalogue.organisations().insert(new Organisation(RecordStamp.fresh(), "Grandchild",
                null, null, List.of(), OrganisationKind.OTHER, null, child.id(), null));

        assertThatThrownBy(() -> merges.mergeOrganisations(fixtures.unodc.id(), grandchild.id()))
                .isInstanceOf(CatalogueException.class).hasFieldOrPropertyWithValue("messageKey",
                        "validation.mergeIntoDescendant");
        assertThatThrownBy(() -> merges.mergeOrganisations(fixtures.unodc.id(), fixtures.unodc.id()))
                .hasFieldOrPropertyWithValue("messageKey", "validation.mergeIntoItself");
        assertThatThrownBy(() -> merges.mergePeople(fixtures.speaker.id(), fixtures.speaker.id()))
                .hasFieldOrPropertyWithValue("messageKey", "validation.mergeIntoItself");
        assertThat(catalogue.organisations().findById(fixtures.unodc.id())).contains(fixtures.unodc);
        assertThat(catalogue.history().recent(10)).isEmpty();

        merges.mergeOrganisations(grandchild.id(), fixtures.unodc.id());
        assertThat(catalogue.organisations().findById(grandchild.id())).isEmpty();
    }

    @Test
    void aMergeIntoARecordGoneMeanwhileChangesNothing() {
        UUID gone = UUID.randomUUID();

        assertThatThrownBy(() -> merges.mergeOrganisations(fixtures.unodc.id(), gone))
                .isInstanceOf(org.liaisonlog.logic.catalogue.StaleRecordException.class);
        assertThat(catalogue.organisations().findById(fixtures.unodc.id())).contains(fixtures.unodc);
        assertThat(catalogue.history().recent(10)).isEmpty();
    }

    private static Event withOrganisersAndLine(Event e, List<UUID> organisers, UUID lineOrganisation) {
        List<Attendance> lines = lineOrganisation == null ? List.of() : List.of(Fixtures.line(lineOrganisation, null,
                null, org.liaisonlog.model.attendance.Capacity.OTHER, null, null,
                org.liaisonlog.model.attendance.AttendanceStatus.ATTENDED));
        return new Event(e.stamp(), e.kind(), e.title(), e.series(), e.edition(), e.motto(), organisers, e.city(),
                e.countryCode(), e.venue(), e.start(), e.end(), e.summary(), e.outcomes(), e.themeIds(), e.sources(),
                lines);
    }

    private static Event withPersonLine(Event e, UUID personId) {
        return new Event(e.stamp(), e.kind(), e.title(), e.series(), e.edition(), e.motto(), e.organiserIds(),
                e.city(), e.countryCode(), e.venue(), e.start(), e.end(), e.summary(), e.outcomes(), e.themeIds(),
                e.sources(), List.of(Fixtures.line(null, personId, null, org.liaisonlog.model.attendance.Capacity.OTHER,
                        null, null, org.liaisonlog.model.attendance.AttendanceStatus.ATTENDED)));
    }
}
