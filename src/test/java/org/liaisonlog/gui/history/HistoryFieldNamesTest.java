package org.liaisonlog.gui.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaisonlog.gui.util.Messages;
import org.liaisonlog.logic.history.RecordDifferences;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;
import org.liaisonlog.model.event.Source;
import org.liaisonlog.model.history.ChangeEntry.FieldChange;
import org.liaisonlog.model.organisation.Organisation;
import org.liaisonlog.model.organisation.OrganisationKind;
import org.liaisonlog.model.person.Person;
import org.liaisonlog.model.theme.Theme;
import org.liaisonlog.model.trip.Trip;
import org.liaisonlog.model.trip.TripLeg;
import org.liaisonlog.model.trip.TripStatus;

/** Every field a change can name has a name in both languages. */
class HistoryFieldNamesTest {

    private static final UUID A = UUID.randomUUID();

    @Test
    void everyFieldOfEveryRecordIsNamedInBothBundles() {
        List<FieldChange> all = new ArrayList<>();
        all.addAll(RecordDifferences.of(emptyEvent(), fullEvent()));
        all.addAll(RecordDifferences.of(
                new Trip(RecordStamp.fresh(), List.of(), null, List.of(), List.of(), TripStatus.PLANNED, null, null),
                new Trip(RecordStamp.fresh(), List.of(A), "p", List.of(new TripLeg(A, "c", "KZ", null, null)),
                        List.of(A), TripStatus.DONE, "r", "f")));
        all.addAll(RecordDifferences.of(new Person(RecordStamp.fresh(), "a", List.of(), null, null, null, null, null),
                new Person(RecordStamp.fresh(), "b", List.of("c"), "Mr", "p", A, "KZ", "n"), id -> "Org"));
        all.addAll(RecordDifferences.of(
                new Organisation(RecordStamp.fresh(), "a", null, null, List.of(), OrganisationKind.OTHER, null, null, null),
                new Organisation(RecordStamp.fresh(), "b", "б", "B", List.of("c"), OrganisationKind.UN_ENTITY, "KZ", A,
                        "n"), id -> "Parent"));
        all.addAll(RecordDifferences.of(new Theme(RecordStamp.fresh(), null, null, "a", null, 1),
                new Theme(RecordStamp.fresh(), A, null, "b", "б", 1), id -> "Parent"));
        List<String> fields = new ArrayList<>(all.stream().map(FieldChange::field).distinct().toList());
        fields.addAll(List.of("mergedInto", "mergedFrom"));

        assertThat(fields).hasSizeGreaterThan(30);
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("ru"))) {
            Messages messages = new Messages(locale);
            assertThat(fields).allSatisfy(f -> assertThat(messages.get(String.join(".", "history", "field", f)))
                    .as(f + " in " + locale).doesNotStartWith("!"));
        }
    }

    private static Event emptyEvent() {
        return new Event(RecordStamp.fresh(), EventKind.MEETING, "a", null, null, null, List.of(), null, null, null,
                null, null, null, null, List.of(), List.of(), List.of());
    }

    private static Event fullEvent() {
        return new Event(RecordStamp.fresh(), EventKind.SUMMIT, "b", "s", 2, "m", List.of(A), "c", "KZ", "v",
                PartialDate.ofYear(2020), PartialDate.ofYear(2021), "s", "o", List.of(A),
                List.of(new Source(A, "u", null, LocalDate.of(2020, 1, 1), null)),
                List.of(new Attendance(A, A, null, null, Capacity.OTHER, null, null, null, AttendanceStatus.ATTENDED,
                        null)));
    }
}
