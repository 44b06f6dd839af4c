package org.liaisonlog.logic.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

class DifferencesTest {

    @Test
    void equalValuesAreLeftOutAndChangedOnesKeepBeforeAndAfter() {
        List<FieldChange> changes = new Differences()
                .field("title", "Old", "New")
                .field("city", "Tashkent", "Tashkent")
                .field("motto", null, "Together")
                .field("venue", "Hall", null)
                .build();

        assertThat(changes).containsExactly(new FieldChange("title", "Old", "New"),
                new FieldChange("motto", "", "Together"), new FieldChange("venue", "Hall", ""));
    }

    @Test
    void nullAndBlankCountAsTheSame() {
        assertThat(new Differences().field("notes", null, "").field("notes", " ", null).build()).isEmpty();
    }

    @Test
    void listsAreCountedAndAReorderOrSwapAtTheSameSizeStillShows() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        assertThat(new Differences().count("participants", List.of(a, b, a), List.of(a, b, a, b)).build())
                .containsExactly(new FieldChange("participants", "3", "4"));
        assertThat(new Differences().count("themes", List.of(a), List.of(b)).build())
                .containsExactly(new FieldChange("themes", "1", "1"));
        assertThat(new Differences().count("themes", List.of(a), List.of(a)).build()).isEmpty();
    }

    @Test
    void namesAreJoined() {
        assertThat(new Differences().names("otherSpellings", List.of("Сысоев"), List.of("Сысоев", "Sysoyev")).build())
                .containsExactly(new FieldChange("otherSpellings", "Сысоев", "Сысоев, Sysoyev"));
    }

    @Test
    void enumsByNameAndLongTextsCut() {
        assertThat(new Differences().field("kind", EventKind.MEETING, EventKind.SUMMIT).build())
                .containsExactly(new FieldChange("kind", "MEETING", "SUMMIT"));
        String after = new Differences().field("summary", "", "x".repeat(200)).build().get(0).after();
        assertThat(after).hasSize(Differences.MAX_LENGTH).endsWith("…");
    }

    @Test
    void anEventsChangedFieldsInOrder() {
        Event before = event("Conference", "Tashkent", PartialDate.ofMonth(2018, 4), 3);
        Event after = event("Sixth conference", "Tashkent", PartialDate.ofYear(2018), 4);

        assertThat(RecordDifferences.of(before, after)).containsExactly(
                new FieldChange("title", "Conference", "Sixth conference"),
                new FieldChange("start", "2018-04", "2018"),
                new FieldChange("participants", "3", "4"));
        assertThat(RecordDifferences.of(before, before)).isEmpty();
    }

    @Test
    void aTripsLegsAndStatus() {
        TripLeg leg = new TripLeg(UUID.randomUUID(), "Almaty", "KZ", null, null);
        Trip before = new Trip(RecordStamp.fresh(), List.of(), "Talks", List.of(), List.of(), TripStatus.PLANNED,
                null, null);
        Trip after = new Trip(before.stamp(), List.of(), "Talks", List.of(leg), List.of(), TripStatus.DONE, null, null);

        assertThat(RecordDifferences.of(before, after)).containsExactly(new FieldChange("legs", "0", "1"),
                new FieldChange("status", "PLANNED", "DONE"));
    }

    @Test
    void aPersonsOrganisationIsNamed() {
        UUID ministry = UUID.randomUUID();
        Person before = new Person(RecordStamp.fresh(), "Sysoev", List.of(), null, "Director", null, "RU", null);
        Person after = new Person(before.stamp(), "Sysoev", List.of(), null, "Head", ministry, "RU", null);

        assertThat(RecordDifferences.of(before, after, id -> id.equals(ministry) ? "Ministry" : "?")).containsExactly(
                new FieldChange("position", "Director", "Head"), new FieldChange("organisation", "", "Ministry"));
    }

    private static Event event(String title, String city, PartialDate start, int participants) {
        List<org.liaisonlog.model.attendance.Attendance> lines = java.util.stream.IntStream.range(0, participants)
                .mapToObj(i -> new org.liaisonlog.model.attendance.Attendance(new UUID(0, i), null, null, "Body " + i,
                        org.liaisonlog.model.attendance.Capacity.OTHER, null, null, null,
                        org.liaisonlog.model.attendance.AttendanceStatus.ATTENDED, null))
                .toList();
        return new Event(new RecordStamp(new UUID(1, 1), 0, null, null), EventKind.CONFERENCE, title, null, null,
                null, List.of(), city, null, null, start, null, null, null, List.of(), List.of(), lines);
    }
}
