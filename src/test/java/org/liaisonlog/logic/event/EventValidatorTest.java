package org.liaisonlog.logic.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liaisonlog.model.attendance.Attendance;
import org.liaisonlog.model.attendance.AttendanceStatus;
import org.liaisonlog.model.attendance.Capacity;
import org.liaisonlog.model.common.PartialDate;
import org.liaisonlog.model.common.RecordStamp;
import org.liaisonlog.model.event.Event;
import org.liaisonlog.model.event.EventKind;

/** The rules an event must meet before it is saved. */
class EventValidatorTest {

    private static final PartialDate OCT_31 = PartialDate.ofDay(LocalDate.of(2018, 10, 31));
    private static final PartialDate NOV_1 = PartialDate.ofDay(LocalDate.of(2018, 11, 1));

    @Test
    void aCompleteEventHasNoProblems() {
        assertThat(EventValidator.validate(event("Sixth Conference", 6, OCT_31, NOV_1,
                List.of(line(null, null, "UZ", null), line(UUID.randomUUID(), null, null, null))))).isEmpty();
    }

    @Test
    void aBareEventWithATitleIsValid() {
        assertThat(EventValidator.validate(event("Meeting", null, null, null, List.of()))).isEmpty();
    }

    @Test
    void theTitleIsRequired() {
        assertThat(EventValidator.validate(event(null, 6, OCT_31, NOV_1, List.of())))
                .containsExactly(new Problem<>(EventField.TITLE, "validation.titleRequired"));
        assertThat(EventValidator.validate(event("  \t", 6, OCT_31, NOV_1, List.of())))
                .containsExactly(new Problem<>(EventField.TITLE, "validation.titleRequired"));
        assertThat(EventValidator.validate(event("", 6, OCT_31, NOV_1, List.of())))
                .extracting(Problem::field).containsExactly(EventField.TITLE);
    }

    @Test
    void anEndBeforeTheStartIsAProblemOfTheEnd() {
        assertThat(EventValidator.validate(event("Conference", null, NOV_1, OCT_31, List.of())))
                .containsExactly(new Problem<>(EventField.END, "validation.endBeforeStart"));
    }

    @Test
    void aOneDayEventMayEndOnItsStart() {
        assertThat(EventValidator.validate(event("Conference", null, OCT_31, OCT_31, List.of()))).isEmpty();
    }

    @Test
    void aMonthPrecisionEndInTheMonthOfADayPrecisionStartIsFine() {
        PartialDate october = PartialDate.ofMonth(2018, 10);

        assertThat(EventValidator.validate(event("Conference", null, OCT_31, october, List.of())))
                .as("October (stored as 1 October) ends on 31 October, not before it").isEmpty();
        assertThat(EventValidator.validate(event("Conference", null, OCT_31, PartialDate.ofYear(2018), List.of())))
                .isEmpty();
    }

    @Test
    void aMonthPrecisionEndInAnEarlierMonthIsStillAProblem() {
        assertThat(EventValidator.validate(event("Conference", null, OCT_31, PartialDate.ofMonth(2018, 9), List.of())))
                .containsExactly(new Problem<>(EventField.END, "validation.endBeforeStart"));
    }

    @Test
    void anEndWithoutAStartIsAProblemOfTheStart() {
        assertThat(EventValidator.validate(event("Conference", null, null, NOV_1, List.of())))
                .containsExactly(new Problem<>(EventField.START, "validation.startRequiredWithEnd"));
    }

    @Test
    void theEditionCountsFromOne() {
        assertThat(EventValidator.validate(event("Conference", 0, null, null, List.of())))
                .containsExactly(new Problem<>(EventField.EDITION, "validation.editionPositive"));
        assertThat(EventValidator.validate(event("Conference", -3, null, null, List.of())))
                .containsExactly(new Problem<>(EventField.EDITION, "validation.editionPositive"));
        assertThat(EventValidator.validate(event("Conference", 1, null, null, List.of()))).isEmpty();
    }

    @Test
    void anAttendanceLineNamingNobodyIsAProblem() {
        Attendance nobody = line(null, null, null, "   ");

        assertThat(EventValidator.validate(event("Conference", null, null, null,
                List.of(line(null, null, "KZ", null), nobody))))
                .containsExactly(new Problem<>(EventField.ATTENDANCE, "validation.attendanceNamesNobody"));
        assertThat(EventValidator.validate(event("Conference", null, null, null, List.of(nobody, nobody))))
                .as("reported once however many lines name nobody").hasSize(1);
    }

    @Test
    void anAttendanceLineMayNameAPersonOrADescriptionAlone() {
        assertThat(EventValidator.validate(event("Conference", null, null, null,
                List.of(line(null, UUID.randomUUID(), null, null), line(null, null, null, "Observers"))))).isEmpty();
    }

    @Test
    void everyProblemIsReported() {
        assertThat(EventValidator.validate(event(" ", 0, NOV_1, OCT_31, List.of(line(null, null, null, null)))))
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(EventField.TITLE, EventField.EDITION, EventField.END, EventField.ATTENDANCE);
    }

    private static Event event(String title, Integer edition, PartialDate start, PartialDate end,
                               List<Attendance> attendance) {
        return new Event(RecordStamp.fresh(), EventKind.CONFERENCE, title, null, edition, null, List.of(),
                "Tashkent", "UZ", null, start, end, null, null, List.of(), List.of(), attendance);
    }

    private static Attendance line(UUID organisationId, UUID personId, String countryCode, String description) {
        return new Attendance(UUID.randomUUID(), organisationId, personId, description, Capacity.MEMBER_STATE,
                countryCode, null, null, AttendanceStatus.ATTENDED, null);
    }
}
