package org.liaisonlog.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liaisonlog.logic.catalogue.StaleRecordException;
import org.liaisonlog.logic.event.EventService;
import org.liaisonlog.logic.history.Deleted;
import org.liaisonlog.logic.organisation.OrganisationService;
import org.liaisonlog.logic.person.PersonService;
import org.liaisonlog.logic.theme.ThemeService;
import org.liaisonlog.logic.trip.TripService;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.history.ChangeEntry;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.history.ChangeKind;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripStatus;

/** The services write the change history in the same transaction as the change, and undo deletions. */
class ChangeHistoryServicesTest {

    @TempDir
    Path temp;

    private H2Catalogue catalogue;
    private Fixtures fixtures;
    private EventService events;

    @BeforeEach
    void open() {
        catalogue = H2Catalogue.open(temp);
        fixtures = Fixtures.seed(catalogue);
        events = new EventService(catalogue);
    }

    @AfterEach
    void close() {
        catalogue.close();
    }

    @Test
    void aCreateAndAnEditAreRecordedWithTheFieldsThatChanged() {
        Event created = events.save(fixtures.conference(), List.of(), List.of());
        Event edited = events.save(withTitleAndNoParticipants(created, "Seventh conference"), List.of(), List.of());

        List<ChangeEntry> history = events.changes(created.id());
        assertThat(history).extracting(ChangeEntry::kind).containsExactly(ChangeKind.UPDATE, ChangeKind.CREATE);
        assertThat(history.get(1).details()).isEmpty();
        assertThat(history.get(0).label()).isEqualTo("Seventh conference");
        assertThat(history.get(0).details()).containsExactly(
                new FieldChange("title", created.title(), "Seventh conference"),
                new FieldChange("participants", "4", "0"));
        assertThat(edited.stamp().version()).isEqualTo(1);
    }

    @Test
    void aStaleSaveWritesNoHistory() {
        Event created = events.save(fixtures.conference(), List.of(), List.of());
        events.save(withTitleAndNoParticipants(created, "First edit"), List.of(), List.of());

        assertThatThrownBy(() -> events.save(withTitleAndNoParticipants(created, "Stale edit"), List.of(), List.of()))
                .isInstanceOf(StaleRecordException.class);

        assertThat(events.changes(created.id())).extracting(ChangeEntry::kind)
                .containsExactly(ChangeKind.UPDATE, ChangeKind.CREATE);
        assertThat(events.find(created.id()).orElseThrow().title()).isEqualTo("First edit");
    }

    @Test
    void aDeletedEventComesBackWholeAndLinkedToItsTripAgain() {
        Event original = events.save(fixtures.conference(), List.of(), List.of());
        TripService trips = new TripService(catalogue);
        Trip trip = trips.save(new Trip(RecordStamp.fresh(), List.of(fixtures.speaker.id()), "Conference trip",
                List.of(), List.of(original.id()), TripStatus.DONE, null, null), List.of());

        Deleted deleted = events.delete(original.id()).orElseThrow();
        assertThat(events.find(original.id())).isEmpty();
        assertThat(trips.find(trip.id()).orElseThrow().eventIds()).isEmpty();

        deleted.restore();

        Event restored = events.find(original.id()).orElseThrow();
        assertThat(restored).usingRecursiveComparison().ignoringFields("stamp").isEqualTo(original);
        assertThat(restored.id()).isEqualTo(original.id());
        assertThat(trips.find(trip.id()).orElseThrow().eventIds()).containsExactly(original.id());
        assertThat(events.changes(original.id())).extracting(ChangeEntry::kind)
                .containsExactly(ChangeKind.RESTORE, ChangeKind.DELETE, ChangeKind.CREATE);
    }

    @Test
    void aDeletedTripComesBackWithItsTravellersAndEvents() {
        Event event = events.save(fixtures.conference(), List.of(), List.of());
        TripService trips = new TripService(catalogue);
        Trip trip = trips.save(new Trip(RecordStamp.fresh(), List.of(fixtures.speaker.id()), "Conference trip",
                List.of(new org.liaisonlog.model.trip.TripLeg(java.util.UUID.randomUUID(), "Tashkent", "UZ",
                        java.time.LocalDate.of(2018, 4, 19), java.time.LocalDate.of(2018, 4, 21))),
                List.of(event.id()), TripStatus.DONE, "Report", null), List.of());

        Deleted deleted = trips.delete(trip.id(), trip.stamp().version());
        deleted.restore();

        assertThat(trips.find(trip.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("stamp")
                .isEqualTo(trip);
    }

    @Test
    void aDeletedPersonComesBack() {
        PersonService people = new PersonService(catalogue);
        Person person = people.save(new Person(RecordStamp.fresh(), "Ivan Petrov", List.of("Иван Петров"), null,
                "Adviser", fixtures.unodc.id(), "KZ", null));

        people.delete(person.id(), person.stamp().version()).restore();

        assertThat(people.find(person.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("stamp")
                .isEqualTo(person);
        assertThat(people.changes(person.id())).extracting(ChangeEntry::kind)
                .containsExactly(ChangeKind.RESTORE, ChangeKind.DELETE, ChangeKind.CREATE);
    }

    @Test
    void aMergeOfThemesIsRecordedOnBoth() {
        ThemeService themes = new ThemeService(catalogue);
        themes.merge(fixtures.drugs.id(), fixtures.terrorism.id());

        assertThat(themes.changes(fixtures.drugs.id())).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(ChangeKind.MERGE);
            assertThat(e.details()).containsExactly(new FieldChange("mergedInto", "", "Counter-terrorism"));
        });
        assertThat(themes.changes(fixtures.terrorism.id())).extracting(ChangeEntry::kind)
                .containsExactly(ChangeKind.MERGE);
    }

    @Test
    void anOrganisationsEditNamesItsNewParentAndItsDeletionCanBeUndone() {
        OrganisationService organisations = new OrganisationService(catalogue);
        Organisation o = fixtures.ministry;
        organisations.save(new Organisation(o.stamp(), o.name(), o.nameRu(), "MIA", List.of("MVD"), o.kind(),
                "UZ", fixtures.unodc.id(), o.notes()));

        assertThat(organisations.changes(o.id())).singleElement().satisfies(e -> assertThat(e.details()).containsExactly(
                new FieldChange("acronym", "", "MIA"), new FieldChange("otherNames", "", "MVD"),
                new FieldChange("country", "", "UZ"),
                new FieldChange("parent", "", "United Nations Office on Drugs and Crime (UNODC)")));

        Organisation saved = organisations.find(o.id()).orElseThrow();
        organisations.delete(o.id(), saved.stamp().version()).restore();
        assertThat(organisations.find(o.id()).orElseThrow()).usingRecursiveComparison().ignoringFields("stamp")
                .isEqualTo(saved);
    }

    @Test
    void aThemeMovedUnderAnotherIsRecordedAndADeletedThemeComesBack() {
        ThemeService themes = new ThemeService(catalogue);
        Theme moved = themes.move(fixtures.drugs, fixtures.terrorism.id());

        assertThat(themes.changes(moved.id())).singleElement().satisfies(e -> assertThat(e.details())
                .containsExactly(new FieldChange("parent", "", "Counter-terrorism")));

        themes.delete(moved.id(), moved.stamp().version()).restore();
        assertThat(catalogue.themes().findAll()).anySatisfy(t -> assertThat(t).usingRecursiveComparison()
                .ignoringFields("stamp").isEqualTo(moved));
    }

    private static Event withTitleAndNoParticipants(Event e, String title) {
        return new Event(e.stamp(), e.kind(), title, e.series(), e.edition(), e.motto(), e.organiserIds(), e.city(),
                e.countryCode(), e.venue(), e.start(), e.end(), e.summary(), e.outcomes(), e.themeIds(), e.sources(),
                List.of());
    }
}
